#pragma once

#include <QByteArray>
#include <QList>

#include <curl/curl.h>

namespace apd::transfer {

// One libcurl easy handle (RAII) with its error buffer and its header list. Signals are
// off (CURLOPT_NOSIGNAL) so that name resolution never longjmps out of a worker thread.
// Thread: the one that drives it.
class CurlEasy
{
public:
    CurlEasy();
    ~CurlEasy();
    CurlEasy(const CurlEasy&) = delete;
    CurlEasy& operator=(const CurlEasy&) = delete;

    CURL* handle() const { return m_handle; }
    bool valid() const { return m_handle != nullptr; }
    // What libcurl wrote about the last failure; empty when it wrote nothing.
    const char* errorText() const { return m_error; }

    // Replaces the request headers; the list lives as long as this handle or the next call.
    void setHeaders(const QList<QByteArray>& headers);

    template <typename T>
    CURLcode set(CURLoption option, T value)
    {
        return curl_easy_setopt(m_handle, option, value);
    }

private:
    CURL* m_handle = nullptr;
    curl_slist* m_headers = nullptr;
    char m_error[CURL_ERROR_SIZE] = {};
};

} // namespace apd::transfer
