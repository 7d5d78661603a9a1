#include "aws/CommandLineSplitter.h"

namespace vmi::aws {

QStringList CommandLineSplitter::split(const QString &commandLine, QString *error)
{
#ifdef Q_OS_WIN
    return splitWindows(commandLine, error);
#else
    return splitPosix(commandLine, error);
#endif
}

QStringList CommandLineSplitter::splitPosix(const QString &commandLine, QString *error)
{
    // shlex's whitespace set and its states: outside a word, in a word, in quotes.
    const auto isSpace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
    };
    QStringList words;
    QString word;
    bool inWord = false; // a word has started, even an empty quoted one ('')
    QChar quote;         // the open quote character, or null
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (quote == u'"') {
            if (c == u'"') {
                quote = QChar();
            } else if (c == u'\\') {
                if (i + 1 >= commandLine.size()) {
                    *error = QStringLiteral("No escaped character");
                    return {};
                }
                const QChar next = commandLine.at(++i);
                // Inside double quotes a backslash escapes only '"' and itself.
                if (next != u'"' && next != u'\\')
                    word += u'\\';
                word += next;
            } else {
                word += c;
            }
            continue;
        }
        if (isSpace(c)) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
        } else if (c == u'\\') {
            if (i + 1 >= commandLine.size()) {
                *error = QStringLiteral("No escaped character");
                return {};
            }
            word += commandLine.at(++i);
            inWord = true;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = QStringLiteral("No closing quotation");
        return {};
    }
    if (inWord)
        words.append(word);
    return words;
}

QStringList CommandLineSplitter::splitWindows(const QString &commandLine, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    qsizetype backslashes = 0;
    const auto flushBackslashes = [&] {
        word += QString(backslashes, u'\\');
        backslashes = 0;
    };
    for (const QChar c : commandLine) {
        if (c == u'\\') {
            // Escapes only when a chain of them leads up to a double quote.
            ++backslashes;
            inWord = true;
        } else if (c == u'"') {
            inWord = true;
            if (backslashes > 0) {
                const bool escapesQuote = backslashes % 2 == 1;
                word += QString(backslashes / 2, u'\\');
                backslashes = 0;
                if (escapesQuote) {
                    word += u'"';
                    continue;
                }
            }
            quoted = !quoted;
        } else if ((c == u' ' || c == u'\t') && !quoted) {
            flushBackslashes();
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
        } else {
            flushBackslashes();
            word += c;
            inWord = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("No closing quotation in string: %1").arg(commandLine);
        return {};
    }
    flushBackslashes();
    if (inWord)
        words.append(word);
    return words;
}

} // namespace vmi::aws
