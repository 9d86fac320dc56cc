// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lifeboat {

// A failure as a value: a stable code for programs and a sentence for people that
// names the object it concerns (file, JSON path, host). Never thrown.
struct Error {
    enum class Code {
        Invalid = 0,   // zero value is never a real code (style rule 12)
        NotFound,
        NotAFile,
        Unreadable,
        TooLarge,
        Syntax,
        Io,
        NoSpace,          // permanent: never retried (restic TestNoSpacePermanent)
        Corrupt,          // stored data fails its hash, tag or structure check
        WrongPassword,
        Exists,
        Unsafe,           // refused because it would write outside a restore target
        Cancelled,
        Unsupported,
        Locked,           // another process holds a conflicting repository lock
        HostKeyUnknown,   // not in known_hosts: the message shows its SHA-256 fingerprint
        HostKeyChanged,   // known_hosts has another key (or another type): a hard stop
        Network,          // the connection could not be made or was lost
        AuthFailed,       // the server accepted none of the credentials tried: never retried
    };
    Code code = Code::Invalid;
    QString message;
};

// Minimal std::expected stand-in: GCC 12 (Debian 12) has no <expected> in C++20 mode.
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}           // NOLINT: implicit on purpose
    Result(Error error) : m_state(std::move(error)) {}       // NOLINT: implicit on purpose

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// A result with no value: success or an Error.
using Status = Result<std::monostate>;
inline Status success() { return std::monostate{}; }

} // namespace lifeboat
