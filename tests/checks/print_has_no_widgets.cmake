# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under print/ includes a Qt Widgets header (QWidget,
# QDialog, QPrintDialog, QApplication, …) or a PrintSupport one (QPrinter and
# its dialogs need QtWidgets). print/ paints with QtGui only, so loketctl can
# print without a display and without linking a widget.
#   ROOT            the print/ folder
#   FORBIDDEN_DIRS  Qt's QtWidgets/QtPrintSupport/QtCharts include folders
#                   (every class header in them is refused by name)
file(GLOB_RECURSE sources "${ROOT}/*.h" "${ROOT}/*.cpp")
if(NOT sources)
  message(FATAL_ERROR "no source found under ${ROOT}")
endif()
# The class headers Qt installs for these modules ("QWidget", "QPrintDialog", …).
set(names QWidget QDialog QPrintDialog QPrintPreviewDialog QPrinter QApplication QMainWindow QMessageBox QFileDialog)
string(REPLACE "|" ";" dirs "${FORBIDDEN_DIRS}")
foreach(dir IN LISTS dirs)
  file(GLOB headers RELATIVE "${dir}" "${dir}/Q*")
  foreach(h IN LISTS headers)
    if(NOT h MATCHES "\\.")
      list(APPEND names "${h}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES names)
list(LENGTH names known)
set(bad "")
foreach(f IN LISTS sources)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "[<\"](QtWidgets|QtPrintSupport|QtCharts|QtOpenGLWidgets)/")
      string(APPEND bad "${f}: ${line}\n")
    elseif(line MATCHES "[<\"](Q[A-Za-z0-9]+)[>\"]")
      list(FIND names "${CMAKE_MATCH_1}" at)
      if(NOT at EQUAL -1)
        string(APPEND bad "${f}: ${line}\n")
      endif()
    endif()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "Widget headers included under print/:\n${bad}")
endif()
message(STATUS "print/: no widget header (checked against ${known} names)")
