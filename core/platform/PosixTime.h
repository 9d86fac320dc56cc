// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// POSIX only: included by the *_unix.cpp files of the platform layer.
#include <cstdint>
#include <time.h>

namespace lifeboat::platform {

// Nanoseconds since the epoch as a timespec, rounding toward minus infinity so that times
// before 1970 keep a nanosecond field in [0, 1e9).
inline timespec timespecFromNanoseconds(std::int64_t ns)
{
    timespec out {};
    out.tv_sec = static_cast<time_t>(ns / 1000000000);
    long rest = static_cast<long>(ns % 1000000000);
    if (rest < 0) {
        rest += 1000000000;
        out.tv_sec -= 1;
    }
    out.tv_nsec = rest;
    return out;
}

} // namespace lifeboat::platform
