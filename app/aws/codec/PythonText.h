#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace vmi::aws::codec {

// Text exactly as Python writes it. botocore and the AWS CLI are Python programs, so the
// bytes they send and print come from Python's float repr and json.dumps; matching them is
// what makes our requests and output byte-identical to theirs.

// repr(float): the shortest text that reads back to the same double, in Python's layout
// ("1073741824.0", "0.5", "1e+16", "1.5e-05", "inf", "nan").
QByteArray pyFloatRepr(double value);

// str(x) of a number as Python's json module loads it: a JSON integer stays an int ("2"),
// anything else is a float ("2.5"). Qt keeps integral values as integers, so 2.0 reads as 2.
QByteArray pyNumberStr(const QJsonValue &number);
bool isJsonInteger(const QJsonValue &value);

// str(x) and type(x) of a value json.loads produced, for botocore's validation messages.
QString pyStr(const QJsonValue &value);
QString pyTypeName(const QJsonValue &value);

// json.dumps, written incrementally: separators (', ', ': ') without indent and (',', ': ')
// with it; ensure_ascii escapes everything outside printable ASCII as \uXXXX.
class PyJsonWriter
{
public:
    explicit PyJsonWriter(int indent = -1, bool ensureAscii = true);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);
    void string(const QString &text);
    void literal(QByteArrayView text); // a number, true, false or null, already formatted
    void boolean(bool value) { literal(value ? "true" : "false"); }
    void floatValue(double value); // NaN and infinities as Python writes them
    void integer(qint64 value) { literal(QByteArray::number(value)); }

    QByteArray text() const { return m_out; }

private:
    void beforeValue();
    void newline(qsizetype depth);
    void writeQuoted(const QString &text);
    void begin(char bracket);
    void end(char bracket);

    struct Level
    {
        bool object = false;
        int count = 0;
    };
    QList<Level> m_levels;
    QByteArray m_out;
    int m_indent;
    bool m_ensureAscii;
    bool m_afterKey = false;
};

} // namespace vmi::aws::codec
