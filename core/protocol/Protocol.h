// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <chrono>

namespace lifeboat::protocol {

// The JSON-lines protocol of `lifeboat-cli serve` (docs/protocol.md): one JSON object per
// line each way. Requests: {"id", "op", "params"}; answers: any number of "event" lines
// for an id, then exactly one "result" or "error". Both sides send "heartbeat" lines.

inline constexpr int kProtocolVersion = 1;
// A request line longer than this is refused (and skipped to its end): requests are small,
// and an unbounded line would let a confused peer exhaust the node's memory.
inline constexpr qsizetype kMaxLineBytes = 1024 * 1024;
// Heartbeats every 5 s; a peer silent for 3 of them (15 s) is lost. libssh 0.10 has no
// client keepalive, so this is how a hung node or console is noticed
// (shared/notes/ssh-and-safety.md §1, "Liveness").
inline constexpr std::chrono::seconds kHeartbeatInterval{5};
inline constexpr std::chrono::seconds kPeerTimeout{15};

// The ops other than the engine commands.
inline const char* const kOpHello = "hello";
inline const char* const kOpStatus = "status";
inline const char* const kOpCancel = "cancel";
inline const char* const kOpHeartbeat = "heartbeat";

// Stable error codes of "error" lines (never translated).
namespace codes {
inline const char* const kBadJson = "bad-json";
inline const char* const kLineTooLong = "line-too-long";
inline const char* const kMissingField = "missing-field";
inline const char* const kBadField = "bad-field";
inline const char* const kUnknownOp = "unknown-op";
inline const char* const kBusy = "busy";
inline const char* const kFailed = "failed";
inline const char* const kCancelled = "cancelled";
inline const char* const kLocked = "locked";
inline const char* const kWrongPassword = "wrong-password";
inline const char* const kInvalid = "invalid";
inline const char* const kUnreadable = "unreadable";
} // namespace codes

class Protocol {
    Q_DECLARE_TR_FUNCTIONS(Protocol)
public:
    // The engine commands a request may name, as "word.word": repo.backup, plan.check ...
    static const QStringList& engineOps();
    static bool isEngineOp(const QString& op);
    // The lifeboat-cli arguments for an engine op: its words, then "--key value" for each
    // param (true: a flag; false/null: left out; a list: the option repeated), "--json",
    // then "--" and the "args" list, so that no value can pass for an option (a path
    // "-rf" stays a path). Keys must be lower-case words with dashes; the secrets
    // ("password", "from-password", "new-password") are taken out for RequestSecrets.
    struct Command {
        QStringList arguments;   // without the program name
        QByteArray password;
        QByteArray fromPassword;
        QByteArray newPassword;
    };
    static Result<Command> commandFor(const QString& op, const QJsonObject& params);

    static QByteArray line(const QJsonObject& message);   // compact JSON + '\n'
    static QJsonObject error(const QJsonValue& id, const QString& code, const QString& message);
};

} // namespace lifeboat::protocol
