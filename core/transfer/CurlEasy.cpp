#include "transfer/CurlEasy.h"

#include "transfer/CurlMulti.h"

namespace apd::transfer {

CurlEasy::CurlEasy()
{
    CurlMulti::ensureGlobalInit();
    m_handle = curl_easy_init();
    if (m_handle) {
        curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, m_error);
        curl_easy_setopt(m_handle, CURLOPT_NOSIGNAL, 1L);
    }
}

CurlEasy::~CurlEasy()
{
    if (m_handle)
        curl_easy_cleanup(m_handle);
    curl_slist_free_all(m_headers);
}

void CurlEasy::setHeaders(const QList<QByteArray>& headers)
{
    curl_slist* list = nullptr;
    for (const QByteArray& h : headers) {
        curl_slist* next = curl_slist_append(list, h.constData());
        if (!next)
            break; // out of memory: send what we have; the server will refuse a missing header
        list = next;
    }
    curl_easy_setopt(m_handle, CURLOPT_HTTPHEADER, list);
    curl_slist_free_all(m_headers);
    m_headers = list;
}

} // namespace apd::transfer
