// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>

namespace lifeboat::readable {

// Figures for people, in the reader's locale: QLocale(), which the console sets from its
// language preference and the CLI takes from the environment (LANG, LC_ALL). Plan files,
// JSON, metrics and perfdata use units:: instead, which never changes with the locale, so a
// German decimal comma can never end up in something a program reads back.

// Three significant digits, decimal units: "1.50 TB", in German "1,50 TB".
QString bytes(double bytes);
QString bytesPerSecond(double bytesPerSecond);

// Exact, to the second, in the plan file's compact form with translated units: "1d1h",
// in Chinese "1天1小时". Negative durations keep their sign.
QString duration(std::chrono::seconds duration);
// The same for a count of seconds measured as a double (rounded up: an estimate of how long
// something takes should not promise less than it is).
QString durationCeil(double seconds);

// Rounded to a tenth and scaled for a table cell: "45 min", "3.5 h", "2.1 d".
QString hours(double hours);

// A plain figure with a fixed number of decimals, grouped as the locale groups digits.
QString number(double value, int decimals);
// A fraction as a percentage: percent(0.125, 1) is "12.5%".
QString percent(double fraction, int decimals);
// A probability to three significant digits ("3.2e-05"); "0" for none, "< 1e-15" below the
// precision the models carry.
QString probability(double p);

} // namespace lifeboat::readable
