// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSecrets.h"

#include "core/platform/Terminal.h"

namespace lifeboat::cli {
namespace {

struct Current {
    bool served = false;
    QByteArray password;
    QByteArray fromPassword;
    QByteArray newPassword;
};
thread_local Current t_current;

} // namespace

RequestSecrets::Scope::Scope(QByteArray password, QByteArray fromPassword, QByteArray newPassword)
{
    t_current = {true, std::move(password), std::move(fromPassword), std::move(newPassword)};
}

RequestSecrets::Scope::~Scope()
{
    // Overwrite before release: the passphrase should not linger in freed memory.
    t_current.password.fill('\0');
    t_current.fromPassword.fill('\0');
    t_current.newPassword.fill('\0');
    t_current = {};
}

bool RequestSecrets::served() { return t_current.served; }

std::optional<QByteArray> RequestSecrets::password()
{
    if (t_current.served && !t_current.password.isEmpty())
        return t_current.password;
    return std::nullopt;
}

std::optional<QByteArray> RequestSecrets::fromPassword()
{
    if (t_current.served && !t_current.fromPassword.isEmpty())
        return t_current.fromPassword;
    return std::nullopt;
}

std::optional<QByteArray> RequestSecrets::newPassword()
{
    if (t_current.served && !t_current.newPassword.isEmpty())
        return t_current.newPassword;
    return std::nullopt;
}

Result<QByteArray> RequestSecrets::ask(const QString& prompt, const char* requestField)
{
    if (t_current.served)
        return Error{Error::Code::Invalid,
                     tr("A served engine cannot prompt for a passphrase: send it in the request's \"%1\" parameter.").arg(QLatin1String(requestField))};
    return platform::Terminal::readSecret(prompt);
}

} // namespace lifeboat::cli
