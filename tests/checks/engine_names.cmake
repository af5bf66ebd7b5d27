# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when code outside core/storage names a database engine: a Qt SQL
# driver (QSQLITE, QPSQL), or an engine's own statement or catalogue in a
# string (PRAGMA, VACUUM, sqlite_master, pg_… functions and catalogues).
# Comments may describe what the engine does; code may not depend on it.
set(bad "")
foreach(dir IN ITEMS core ui app print)
  file(GLOB_RECURSE sources "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
  foreach(f IN LISTS sources)
    if(f MATCHES "/core/storage/")
      continue()
    endif()
    file(STRINGS "${f}" lines REGEX "QSQLITE|QPSQL|PRAGMA|VACUUM|sqlite_master|pg_[a-z_]+")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "//.*$" "" code "${line}")
      if(code MATCHES "\"[^\"]*(QSQLITE|QPSQL|PRAGMA |VACUUM |sqlite_master|pg_[a-z_]+[ (])")
        string(APPEND bad "${f}: ${line}\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "An engine named outside core/storage:\n${bad}")
endif()
message(STATUS "no engine named outside core/storage in ${ROOT}")
