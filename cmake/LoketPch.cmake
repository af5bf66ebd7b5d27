# SPDX-FileCopyrightText: 2026 Loket developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt and Catch2 headers nearly every file includes,
# parsed once per family of targets instead of once per file (a fresh build,
# as CI does, spends most of its time there). One target of each family
# builds the header; the others reuse it, which needs the same compile flags
# and definitions (the families below have them). -Winvalid-pch says so when
# a reuse does not match.
option(LOKET_PCH "Precompile the common Qt and Catch2 headers" ON)

set(LOKET_PCH_CORE
  <QString> <QStringList> <QList> <QHash> <QMap> <QSet> <QByteArray> <QVariant>
  <QDate> <QDateTime> <QTimeZone> <QLocale> <QRegularExpression>
  <QCoreApplication> <QFile> <QFileInfo> <QDir> <QTemporaryDir>
  <QJsonObject> <QJsonArray> <QJsonDocument>
  <QSqlDatabase> <QSqlQuery> <QSqlError>
  <optional> <vector> <functional> <memory> <algorithm>)
set(LOKET_PCH_GUI ${LOKET_PCH_CORE}
  <QApplication> <QWidget> <QLabel> <QPushButton> <QBoxLayout> <QFormLayout> <QGridLayout>
  <QComboBox> <QLineEdit> <QTableWidget> <QHeaderView> <QDialog> <QDialogButtonBox>
  <QMessageBox> <QTabWidget> <QTimer> <QPainter>)

# loket_pch(TARGET CORE|GUI|TEST|UITEST): TARGET builds the family's header.
function(loket_pch target family)
  if(NOT LOKET_PCH)
    return()
  endif()
  if(family STREQUAL "CORE")
    set(headers ${LOKET_PCH_CORE})
  elseif(family STREQUAL "GUI")
    set(headers ${LOKET_PCH_GUI})
  elseif(family STREQUAL "TEST")
    set(headers ${LOKET_PCH_CORE} <catch2/catch.hpp>)
  elseif(family STREQUAL "UITEST")
    set(headers ${LOKET_PCH_GUI} <catch2/catch.hpp> <QTest> <QSignalSpy>)
  else()
    message(FATAL_ERROR "loket_pch: unknown family ${family}")
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
  target_compile_options(${target} PRIVATE -Winvalid-pch)
endfunction()

# A test program's main defines CATCH_CONFIG_RUNNER before it includes
# Catch2, so it is compiled without the precompiled Catch2.
function(loket_pch_skip)
  set_source_files_properties(${ARGN} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# loket_pch_reuse(TARGET FROM): TARGET uses FROM's precompiled header.
function(loket_pch_reuse target from)
  if(LOKET_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
    target_compile_options(${target} PRIVATE -Winvalid-pch)
  endif()
endfunction()
