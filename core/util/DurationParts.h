// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <chrono>
#include <utility>
#include <vector>

namespace lifeboat::units {

// A duration's magnitude split into whole weeks, days, hours, minutes and seconds, largest
// first, zero parts left out; the unit is 'w', 'd', 'h', 'm' or 's'. Weeks only when the whole
// value is weeks: "10d" reads better than "1w3d". Shared by the plan file's form
// (units::formatDuration) and the translated one for people (readable::duration).
inline std::vector<std::pair<qint64, char>> durationParts(std::chrono::seconds duration)
{
    qint64 s = duration.count() < 0 ? -duration.count() : duration.count();
    static constexpr std::array<std::pair<qint64, char>, 5> kUnits{{{604800, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}}};
    std::vector<std::pair<qint64, char>> parts;
    for (const auto& [size, unit] : kUnits) {
        if (unit == 'w' && s % size != 0)
            continue;
        if (s >= size) {
            parts.emplace_back(s / size, unit);
            s %= size;
        }
    }
    return parts;
}

} // namespace lifeboat::units
