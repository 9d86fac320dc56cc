// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <thread>
#include <vector>

namespace lifeboat {

// Runs `work` on `threads` threads at once (the calling thread is one of them) and returns
// when all have returned. `work` takes its items from a shared counter of its own.
inline void runOnThreads(int threads, const std::function<void()>& work)
{
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
}

} // namespace lifeboat
