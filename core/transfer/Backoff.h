#pragma once

#include <cstdint>
#include <random>

namespace apd::transfer {

// Exponential backoff with jitter and a cap: the n-th consecutive failure waits a random
// time in [d/2, d], d = min(cap, base * 2^(n-1)). Half of it is random so that many clients
// that lost the same server do not come back in step. Thread: the owner's.
class Backoff
{
public:
    Backoff(int baseMs, int capMs, std::uint32_t seed = std::random_device{}())
        : m_baseMs(baseMs), m_capMs(capMs), m_random(seed)
    {
    }

    // `failures` >= 1: how many times in a row it failed.
    int delayMs(int failures);
    // The upper bound delayMs(failures) can reach.
    int ceilingMs(int failures) const;

private:
    int m_baseMs;
    int m_capMs;
    std::mt19937 m_random;
};

} // namespace apd::transfer
