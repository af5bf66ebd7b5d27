// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voice/VoiceStatus.h"

#include "core/storage/SettingsStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace loket {

namespace {

constexpr std::array<std::pair<VoiceStatus::State, const char *>, 4> kStates { {
    { VoiceStatus::State::Starting, "starting" },
    { VoiceStatus::State::Voice, "voice" },
    { VoiceStatus::State::ChimeOnly, "chime_only" },
    { VoiceStatus::State::Off, "off" },
} };

constexpr std::array<std::pair<VoiceStatus::Reason, const char *>, 8> kReasons { {
    { VoiceStatus::Reason::None, "none" },
    { VoiceStatus::Reason::NoHelper, "no_helper" },
    { VoiceStatus::Reason::NoEngine, "no_engine" },
    { VoiceStatus::Reason::NoIndonesian, "no_indonesian" },
    { VoiceStatus::Reason::EngineError, "engine_error" },
    { VoiceStatus::Reason::StartTimeout, "start_timeout" },
    { VoiceStatus::Reason::Hung, "hung" },
    { VoiceStatus::Reason::Crashed, "crashed" },
} };

template <typename T, std::size_t N>
std::optional<T> fromCode(const std::array<std::pair<T, const char *>, N> &table, const QString &code)
{
    for (const auto &[value, name] : table) {
        if (code == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString VoiceStatus::stateCode(State state)
{
    for (const auto &[value, name] : kStates) {
        if (value == state)
            return QLatin1String(name);
    }
    return {};
}

QString VoiceStatus::reasonCode(Reason reason)
{
    for (const auto &[value, name] : kReasons) {
        if (value == reason)
            return QLatin1String(name);
    }
    return {};
}

QString VoiceStatus::describe() const
{
    switch (state) {
    case State::Starting:
        return tr("The voice is starting; calls are chimed meanwhile.");
    case State::Voice:
        return tr("Calls are spoken in Indonesian.");
    case State::Off:
        return tr("The voice is switched off in the board settings: calls are announced with the chime only.");
    case State::ChimeOnly:
        break;
    }
    QString why;
    switch (reason) {
    case Reason::NoHelper:
        why = tr("the speech program loket-voice is missing or cannot run (reinstall Loket)");
        break;
    case Reason::NoEngine:
        why = tr("no speech engine is installed (install speech-dispatcher and espeak-ng)");
        break;
    case Reason::NoIndonesian:
        why = tr("the speech engine has no Indonesian voice (install espeak-ng)");
        break;
    case Reason::EngineError:
        why = tr("the speech engine reports an error");
        break;
    case Reason::StartTimeout:
        why = tr("the speech engine does not answer (speech-dispatcher hangs)");
        break;
    case Reason::Hung:
        why = tr("a call was not finished in time (is a sound device connected?)");
        break;
    case Reason::Crashed:
        why = tr("the speech program stopped unexpectedly");
        break;
    case Reason::None:
        why = tr("the voice is not available");
        break;
    }
    QString text = tr("No voice: %1. Calls are announced with the chime only; the board tries the voice again by "
                      "itself.")
                       .arg(why);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("Detail: %1").arg(detail);
    return text;
}

QString VoiceStatus::toJson() const
{
    QJsonObject o;
    o[QLatin1String("state")] = stateCode(state);
    o[QLatin1String("reason")] = reasonCode(reason);
    o[QLatin1String("detail")] = detail;
    o[QLatin1String("at")] = at.isValid() ? at.toMSecsSinceEpoch() : qint64(0);
    o[QLatin1String("host")] = host;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<VoiceStatus> VoiceStatus::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto state = fromCode(kStates, o.value(QLatin1String("state")).toString());
    if (!state)
        return std::nullopt;
    VoiceStatus s;
    s.state = *state;
    s.reason = fromCode(kReasons, o.value(QLatin1String("reason")).toString()).value_or(Reason::None);
    s.detail = o.value(QLatin1String("detail")).toString();
    const qint64 at = o.value(QLatin1String("at")).toInteger();
    if (at > 0)
        s.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    s.host = o.value(QLatin1String("host")).toString();
    return s;
}

std::optional<VoiceStatus> VoiceStatus::read(const DatabasePtr &db)
{
    return fromJson(SettingsStore(db).stringValue(QLatin1String(SettingKey::BoardVoiceStatus)));
}

Status VoiceStatus::write(const DatabasePtr &db, const VoiceStatus &status)
{
    return SettingsStore(db).setValue(QLatin1String(SettingKey::BoardVoiceStatus), status.toJson());
}

} // namespace loket
