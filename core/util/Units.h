// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace lifeboat::units {

// Plans are edited by hand, so sizes, durations and rates are accepted in the forms an
// operator writes ("420 TB", "1.5 TiB", "36h", "2h30m", "1.5%", "2 GB/s") as well as
// plain numbers (bytes, seconds, fractions). Writing picks an exact, readable form so
// that load -> save -> load gives back the same values.

// Bytes. Decimal (kB, MB, GB, TB, PB, EB) and binary (KiB ... EiB) units, case-insensitive
// "B" optional. Returns nullopt for anything else, negative values included.
std::optional<std::int64_t> parseBytes(const QString& text);
QString formatBytesExact(std::int64_t bytes);

// Durations: a sequence of <number><unit> with units s, m (minutes), h, d, w.
std::optional<std::chrono::seconds> parseDuration(const QString& text);
QString formatDuration(std::chrono::seconds duration);

// A fraction written as "1.5%" or as a plain number 0.015.
std::optional<double> parsePercent(const QString& text);
QString formatPercent(double fraction);

// Throughput: a byte size followed by "/s" ("2 GB/s", "800MiB/s").
std::optional<double> parseBytesPerSecond(const QString& text);
QString formatBytesPerSecond(double bytesPerSecond);

} // namespace lifeboat::units
