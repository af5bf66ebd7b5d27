# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string has no Indonesian translation: runs lupdate
# over the sources into a copy of translations/loket_id.ts and looks for
# messages that are still unfinished. Usage:
#   cmake -DLUPDATE=… -DROOT=<source dir> -DWORK=<scratch dir> -P translations_complete.cmake
file(MAKE_DIRECTORY "${WORK}")
configure_file("${ROOT}/translations/loket_id.ts" "${WORK}/loket_id.ts" COPYONLY)
execute_process(
  COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h,ui -I "${ROOT}"
          "${ROOT}/core" "${ROOT}/print" "${ROOT}/ui" "${ROOT}/app" -ts "${WORK}/loket_id.ts"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${WORK}/loket_id.ts" ts)
# A CMake list splits on ";", which entities such as &quot; contain.
string(REPLACE ";" "," ts "${ts}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  set(list "")
  set(i 0)
  foreach(m IN LISTS missing)
    if(i LESS 40)
      string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" s "${m}")
      string(APPEND list "  ${s}\n")
    endif()
    math(EXPR i "${i} + 1")
  endforeach()
  message(FATAL_ERROR "${count} strings have no Indonesian translation in translations/loket_id.ts "
                      "(run `ninja update_translations`, then translate):\n${list}")
endif()
message(STATUS "every string has an Indonesian translation")
