# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under core/ includes a Qt GUI, Widgets, Charts,
# PrintSupport, Svg or Multimedia header.
file(GLOB_RECURSE sources "${ROOT}/*.h" "${ROOT}/*.cpp")
set(bad "")
foreach(f IN LISTS sources)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "<(QtGui|QtWidgets|QtCharts|QtPrintSupport|QtSvg|QtMultimedia|QtTextToSpeech)/"
       OR line MATCHES "<Q(Widget|Application|Color|Icon|Pixmap|Image|Painter|Font|Printer|MainWindow|Dialog|PushButton|Label|LineEdit|GuiApplication|TextToSpeech|Chart[A-Za-z]*)>")
      string(APPEND bad "${f}: ${line}\n")
    endif()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "GUI headers included under core/:\n${bad}")
endif()
message(STATUS "core/: ${CMAKE_MATCH_COUNT}no GUI header in ${ROOT}")
