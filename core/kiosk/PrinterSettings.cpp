// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/PrinterSettings.h"

#include "core/auth/AuditLog.h"
#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace loket {

QString printerKindCode(PrinterKind kind)
{
    switch (kind) {
    case PrinterKind::EscPosDevice:
        return QStringLiteral("escpos_device");
    case PrinterKind::EscPosNetwork:
        return QStringLiteral("escpos_network");
    case PrinterKind::System:
        return QStringLiteral("system");
    case PrinterKind::Pdf:
        return QStringLiteral("pdf");
    case PrinterKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<PrinterKind> printerKindFromCode(const QString &code)
{
    for (PrinterKind k : { PrinterKind::EscPosDevice, PrinterKind::EscPosNetwork, PrinterKind::System, PrinterKind::Pdf,
             PrinterKind::None }) {
        if (code.trimmed().compare(printerKindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString printerKindDisplayName(PrinterKind kind)
{
    switch (kind) {
    case PrinterKind::EscPosDevice:
        return QCoreApplication::translate("loket", "Thermal printer on USB (ESC/POS)");
    case PrinterKind::EscPosNetwork:
        return QCoreApplication::translate("loket", "Thermal printer on the network (ESC/POS)");
    case PrinterKind::System:
        return QCoreApplication::translate("loket", "Printer installed in the system");
    case PrinterKind::Pdf:
        return QCoreApplication::translate("loket", "PDF files (for testing)");
    case PrinterKind::None:
        break;
    }
    return QCoreApplication::translate("loket", "No printer: show tickets on screen only");
}

QString qrPrintModeCode(QrPrintMode mode)
{
    switch (mode) {
    case QrPrintMode::Native:
        return QStringLiteral("native");
    case QrPrintMode::Raster:
        return QStringLiteral("raster");
    case QrPrintMode::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<QrPrintMode> qrPrintModeFromCode(const QString &code)
{
    for (QrPrintMode m : { QrPrintMode::Native, QrPrintMode::Raster, QrPrintMode::None }) {
        if (code.trimmed().compare(qrPrintModeCode(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

PrinterSettings PrinterSettings::load(const SettingsStore &settings)
{
    PrinterSettings s;
    auto text = [&](const char *key) { return settings.stringValue(QLatin1String(key)).trimmed(); };
    s.kind = printerKindFromCode(text(SettingKey::PrinterKind)).value_or(s.kind);
    s.device = text(SettingKey::PrinterDevice);
    s.host = text(SettingKey::PrinterHost);
    s.systemPrinter = text(SettingKey::PrinterName);
    s.paper = settings.intValue(QLatin1String(SettingKey::PrinterPaperMm)) == 58 ? PaperWidth::Mm58 : PaperWidth::Mm80;
    s.qrMode = qrPrintModeFromCode(text(SettingKey::PrinterQrMode)).value_or(s.qrMode);
    s.pdfFolder = text(SettingKey::PrinterPdfFolder);
    s.qrUrlTemplate = text(SettingKey::PrinterQrUrlTemplate);
    return s;
}

Status PrinterSettings::validate() const
{
    QStringList problems;
    if (kind == PrinterKind::EscPosDevice && device.trimmed().isEmpty())
        problems << tr("Give the printer's device file, e.g. /dev/usb/lp0.");
    if (kind == PrinterKind::EscPosNetwork && !parseAddress(host))
        problems << tr("Give the printer's network address as host or host:port, e.g. 192.168.1.50:9100.");
    if (kind == PrinterKind::Pdf && pdfFolder.trimmed().isEmpty())
        problems << tr("Choose the folder where the PDF tickets are written.");
    if (Status qr = validateQrUrlTemplate(qrUrlTemplate); !qr)
        problems << qr.error().message;
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
    return {};
}

namespace {

const QStringList &qrPlaceholders()
{
    static const QStringList names { QStringLiteral("nomor"), QStringLiteral("tanggal"), QStringLiteral("layanan") };
    return names;
}

} // namespace

Status PrinterSettings::validateQrUrlTemplate(const QString &urlTemplate)
{
    const QString t = urlTemplate.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        && !t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::InvalidInput,
            tr("The QR code link must start with https:// (or http://), so that a phone opens it."));
    }
    if (t.contains(QRegularExpression(QStringLiteral("\\s"))))
        return makeError(ErrorCode::InvalidInput, tr("The QR code link may not contain spaces."));
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QStringList unknown;
    for (auto it = placeholder.globalMatch(t); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!qrPlaceholders().contains(name) && !unknown.contains(name))
            unknown << QLatin1Char('{') + name + QLatin1Char('}');
    }
    if (!unknown.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The QR code link has unknown placeholders: %1. Use {nomor}, {tanggal} and {layanan}.")
                .arg(unknown.join(QStringLiteral(", "))));
    }
    QString rest = t;
    rest.remove(placeholder);
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return makeError(ErrorCode::InvalidInput, tr("The QR code link has a brace { or } that does not close."));
    const QUrl url(expandQrUrl(t, QStringLiteral("A-001"), QDate(2026, 1, 2), QStringLiteral("KTP")),
        QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The QR code link is not a valid web address."));
    return {};
}

QString PrinterSettings::expandQrUrl(
    const QString &urlTemplate, const QString &number, const QDate &day, const QString &serviceCode)
{
    QString out = urlTemplate.trimmed();
    if (out.isEmpty())
        return {};
    const auto encoded = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    out.replace(QLatin1String("{nomor}"), encoded(number));
    out.replace(QLatin1String("{tanggal}"), encoded(day.toString(Qt::ISODate)));
    out.replace(QLatin1String("{layanan}"), encoded(serviceCode));
    return out;
}

Status PrinterSettings::save(const Actor &actor, const DatabasePtr &db, const Clock &clock) const
{
    if (Status valid = validate(); !valid)
        return valid;
    OfficeSettings settings(db, clock);
    const std::pair<const char *, QVariant> values[] = {
        { SettingKey::PrinterKind, printerKindCode(kind) },
        { SettingKey::PrinterDevice, device.trimmed() },
        { SettingKey::PrinterHost, host.trimmed() },
        { SettingKey::PrinterName, systemPrinter.trimmed() },
        { SettingKey::PrinterPaperMm, paper == PaperWidth::Mm58 ? 58 : 80 },
        { SettingKey::PrinterQrMode, qrPrintModeCode(qrMode) },
        { SettingKey::PrinterPdfFolder, pdfFolder.trimmed() },
        { SettingKey::PrinterQrUrlTemplate, qrUrlTemplate.trimmed() },
    };
    // Checked before the transaction, so a refusal is recorded rather than rolled back.
    AuditLog audit(db, clock);
    if (Status allowed = audit.require(actor, Permission::ManageSettings, QStringLiteral("settings.change"),
            QStringLiteral("setting"), QStringLiteral("printer"));
        !allowed)
        return allowed;
    // One transaction: a kiosk reading the settings meanwhile sees all or nothing.
    return db->transaction([&]() -> Status {
        for (const auto &[key, value] : values) {
            if (settings.value(QLatin1String(key)) == value)
                continue;
            if (Status saved = settings.set(actor, QLatin1String(key), value); !saved)
                return saved;
        }
        return {};
    });
}

std::optional<PrinterAddress> PrinterSettings::parseAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char(' ')))
        return std::nullopt;
    PrinterAddress a;
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    // An IPv6 address has colons of its own; it needs brackets to carry a port.
    const bool bracketed = t.startsWith(QLatin1Char('['));
    if (colon > 0 && (t.count(QLatin1Char(':')) == 1 || (bracketed && t.at(colon - 1) == QLatin1Char(']')))) {
        bool ok = false;
        const uint port = t.mid(colon + 1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        a.port = quint16(port);
        a.host = t.left(colon);
    } else {
        a.host = t;
    }
    if (a.host.startsWith(QLatin1Char('[')) && a.host.endsWith(QLatin1Char(']')))
        a.host = a.host.mid(1, a.host.size() - 2);
    if (a.host.isEmpty())
        return std::nullopt;
    return a;
}

QString PrinterSettings::describe() const
{
    switch (kind) {
    case PrinterKind::EscPosDevice:
        return tr("the ticket printer at %1").arg(device);
    case PrinterKind::EscPosNetwork:
        return tr("the ticket printer at %1").arg(host);
    case PrinterKind::System:
        return systemPrinter.isEmpty() ? tr("the default system printer") : tr("the printer \"%1\"").arg(systemPrinter);
    case PrinterKind::Pdf:
        return tr("PDF files in %1").arg(pdfFolder);
    case PrinterKind::None:
        break;
    }
    return tr("no printer");
}

} // namespace loket
