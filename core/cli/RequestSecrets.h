// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace lifeboat::cli {

// Passphrases for a request served by `lifeboat-cli serve`: they come in the request (over
// the SSH channel, never on a command line) and nothing may be read from a terminal, since
// stdin is the protocol. Outside a served request every call behaves as the CLI always
// did. Thread-local: the request runs on its own thread.
class RequestSecrets {
    Q_DECLARE_TR_FUNCTIONS(RequestSecrets)
public:
    class Scope {
    public:
        Scope(QByteArray password, QByteArray fromPassword, QByteArray newPassword);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };
    static bool served();
    static std::optional<QByteArray> password();
    static std::optional<QByteArray> fromPassword();
    static std::optional<QByteArray> newPassword();
    // A secret typed at the terminal, or an error naming the request field when served.
    static Result<QByteArray> ask(const QString& prompt, const char* requestField = "password");
};

} // namespace lifeboat::cli
