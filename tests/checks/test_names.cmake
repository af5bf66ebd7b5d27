# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a Catch2 test name holds ';': catch_discover_tests splits the name
# there, so the test is listed as two names that match nothing and never runs.
#   cmake -DROOT=<tests dir> -P test_names.cmake
file(GLOB_RECURSE sources "${ROOT}/*.cpp")
set(bad "")
foreach(f IN LISTS sources)
  file(READ "${f}" content)
  if(content MATCHES "TEST_CASE\\(\"[^\"\n]*;")
    string(APPEND bad "  ${f}\n")
  endif()
endforeach()
if(NOT bad STREQUAL "")
  message(FATAL_ERROR "Test names with ';' (they never run under ctest):\n${bad}")
endif()
