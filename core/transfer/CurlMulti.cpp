#include "transfer/CurlMulti.h"

#include "transfer/CurlEasy.h"

#include <mutex>

namespace apd::transfer {

void CurlMulti::ensureGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlMulti::CurlMulti()
{
    ensureGlobalInit();
    m_handle = curl_multi_init();
}

CurlMulti::~CurlMulti()
{
    if (m_handle)
        curl_multi_cleanup(m_handle);
}

bool CurlMulti::add(CurlEasy& easy)
{
    return curl_multi_add_handle(m_handle, easy.handle()) == CURLM_OK;
}

void CurlMulti::remove(CurlEasy& easy)
{
    curl_multi_remove_handle(m_handle, easy.handle());
}

int CurlMulti::perform()
{
    int running = 0;
    curl_multi_perform(m_handle, &running);
    return running;
}

void CurlMulti::poll(int timeoutMs)
{
    int ready = 0;
    curl_multi_poll(m_handle, nullptr, 0, timeoutMs, &ready);
}

void CurlMulti::wakeup()
{
    curl_multi_wakeup(m_handle);
}

void CurlMulti::takeFinished(const std::function<void(CURL*, CURLcode)>& done)
{
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(m_handle, &left)) {
        if (msg->msg == CURLMSG_DONE)
            done(msg->easy_handle, msg->data.result);
    }
}

} // namespace apd::transfer
