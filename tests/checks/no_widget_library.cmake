# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the program PROGRAM needs a widget library (QtWidgets,
# QtPrintSupport, QtCharts) at run time: loketctl links print/ and no ui
# library, so it runs with no display and no widget stack installed.
#   READELF   readelf from binutils
#   PROGRAM   the built program
execute_process(COMMAND "${READELF}" -d "${PROGRAM}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf failed on ${PROGRAM} (${rc}): ${err}")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${out}")
if(NOT needed)
  message(FATAL_ERROR "no shared library found in ${PROGRAM}: is it the program?")
endif()
set(bad "")
foreach(n IN LISTS needed)
  if(n MATCHES "libQt6(Widgets|PrintSupport|Charts|OpenGLWidgets)")
    string(APPEND bad "  ${n}\n")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "${PROGRAM} needs widget libraries:\n${bad}")
endif()
message(STATUS "${PROGRAM}: no widget library among ${needed}")
