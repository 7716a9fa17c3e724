#include "transfer/Backoff.h"

#include <algorithm>

namespace apd::transfer {

int Backoff::ceilingMs(int failures) const
{
    const int shift = std::clamp(failures - 1, 0, 30);
    const std::int64_t d = static_cast<std::int64_t>(m_baseMs) << shift;
    return static_cast<int>(std::min<std::int64_t>(d, m_capMs));
}

int Backoff::delayMs(int failures)
{
    const int ceiling = ceilingMs(failures);
    std::uniform_int_distribution<int> jitter(ceiling / 2, std::max(ceiling, ceiling / 2));
    return jitter(m_random);
}

} // namespace apd::transfer
