#include "inspect/Thumbnailer.h"

#include "inspect/ImageDecoder.h"
#include "inspect/Inspector.h"

#include <QFile>

#include <vector>

namespace apd::inspect {

namespace {

// Averages input rows into output rows as they stream by: memory is one row of sums.
class BoxFilter : public RowSink
{
public:
    BoxFilter(int maxSide, Thumbnail& out) : m_maxSide(maxSide), m_out(out) {}

    void begin(quint32 width, quint32 height) override
    {
        m_inWidth = width;
        m_inHeight = height;
        const quint32 longest = std::max(width, height);
        const double f = longest > quint32(m_maxSide) ? double(m_maxSide) / longest : 1.0;
        m_out.width = std::max(1, int(width * f + 0.5));
        m_out.height = std::max(1, int(height * f + 0.5));
        m_out.rgba = QByteArray(qsizetype(m_out.width) * m_out.height * 4, '\0');
        m_column.resize(width);
        for (quint32 x = 0; x < width; ++x)
            m_column[x] = quint32(quint64(x) * quint32(m_out.width) / width);
        m_sum.assign(size_t(m_out.width) * 4, 0);
        m_count.assign(size_t(m_out.width), 0);
    }

    void row(quint32 y, const unsigned char* rgba) override
    {
        const int oy = int(quint64(y) * quint32(m_out.height) / m_inHeight);
        if (oy != m_row)
            flush();
        m_row = oy;
        for (quint32 x = 0; x < m_inWidth; ++x) {
            const quint32 ox = m_column[x];
            quint64* s = &m_sum[size_t(ox) * 4];
            const unsigned char* p = rgba + size_t(x) * 4;
            s[0] += p[0];
            s[1] += p[1];
            s[2] += p[2];
            s[3] += p[3];
            ++m_count[ox];
        }
    }

    void flush()
    {
        if (m_row < 0 || m_row >= m_out.height)
            return;
        auto* dst = reinterpret_cast<unsigned char*>(m_out.rgba.data()) + size_t(m_row) * m_out.width * 4;
        for (int ox = 0; ox < m_out.width; ++ox) {
            const quint64 n = m_count[size_t(ox)];
            for (int c = 0; c < 4; ++c)
                dst[ox * 4 + c] = n ? static_cast<unsigned char>((m_sum[size_t(ox) * 4 + c] + n / 2) / n) : 0;
        }
        std::fill(m_sum.begin(), m_sum.end(), 0);
        std::fill(m_count.begin(), m_count.end(), 0);
    }

private:
    int m_maxSide;
    Thumbnail& m_out;
    quint32 m_inWidth = 0;
    quint32 m_inHeight = 0;
    int m_row = -1;
    std::vector<quint32> m_column;
    std::vector<quint64> m_sum;
    std::vector<quint64> m_count;
};

} // namespace

Result<Thumbnail> Thumbnailer::make(const QString& path, int maxSide)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadable"), tr("%1 cannot be opened: %2").arg(path, file.errorString())};
    return make(file, maxSide);
}

Result<Thumbnail> Thumbnailer::make(QIODevice& device, int maxSide)
{
    if (maxSide < 1)
        return Error{QStringLiteral("bad-size"), tr("A thumbnail needs a size of at least one pixel.")};
    Inspector::Options options;
    options.level = Level::Metadata;
    const InspectionReport header = Inspector::inspectDevice(device, options);
    for (const Finding& f : header.findings) {
        if (f.code != QLatin1String("xmp-garbled") && f.code != QLatin1String("xmp-too-deep")
            && f.code != QLatin1String("metadata-damaged"))
            return Error{f.code, f.message};
    }
    Thumbnail thumb;
    BoxFilter filter(maxSide, thumb);
    ImageDecoder::Result decoded;
    if (header.format == ImageFormat::Jpeg) {
        // The largest libjpeg reduction that still leaves at least `maxSide` on the long side.
        const quint32 longest = std::max(header.width, header.height);
        int denom = 1;
        while (denom < 8 && longest / quint32(denom * 2) >= quint32(maxSide))
            denom *= 2;
        decoded = ImageDecoder::decodeJpeg(device, &filter, denom);
    } else if (header.format == ImageFormat::Png) {
        decoded = ImageDecoder::decodePng(device, &filter);
    } else {
        return Error{QStringLiteral("unsupported-format"), tr("Thumbnails are made of JPEG and PNG files only.")};
    }
    filter.flush();
    if (!decoded.ok && !decoded.findings.isEmpty())
        return Error{decoded.findings.first().code, decoded.findings.first().message};
    return thumb;
}

} // namespace apd::inspect
