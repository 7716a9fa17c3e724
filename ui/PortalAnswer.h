#pragma once

#include "common/Result.h"

#include <optional>

namespace apd::ui {

// A portal call's outcome as one value, for a dialog that shows the reason itself rather than
// through PortalSession::failed (which every call of the session shares).
template <typename T> struct PortalAnswer
{
    std::optional<T> value;
    Error error;
};

template <typename T> Result<PortalAnswer<T>> answerOf(Result<T> r)
{
    PortalAnswer<T> a;
    if (r)
        a.value = std::move(r).value();
    else
        a.error = r.error();
    return a;
}

} // namespace apd::ui
