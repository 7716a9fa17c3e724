#pragma once

#include <curl/curl.h>

#include <functional>

namespace apd::transfer {

class CurlEasy;

// One libcurl multi handle (RAII): the transfer worker's event loop drives every transfer
// through it. Thread: the worker's, except wakeup(), which any thread may call.
class CurlMulti
{
public:
    CurlMulti();
    ~CurlMulti();
    CurlMulti(const CurlMulti&) = delete;
    CurlMulti& operator=(const CurlMulti&) = delete;

    // curl_global_init is not thread-safe in older libcurl: done once, before any handle.
    static void ensureGlobalInit();

    bool valid() const { return m_handle != nullptr; }
    bool add(CurlEasy& easy);
    void remove(CurlEasy& easy);
    // Runs what is ready; returns the number of transfers still running.
    int perform();
    // Waits for activity, a wakeup() or `timeoutMs`.
    void poll(int timeoutMs);
    // Interrupts poll() from another thread.
    void wakeup();
    // Calls `done` for each finished transfer with its easy handle and result.
    void takeFinished(const std::function<void(CURL*, CURLcode)>& done);

private:
    CURLM* m_handle = nullptr;
};

} // namespace apd::transfer
