#include "TokenLookup.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace pm::archive {

FoundTokens lookUpTokens(TokenStore &store, const QList<QUrl> &bases, int timeoutMs)
{
    FoundTokens found;
    for (const QUrl &base : bases) {
        // Shared with the callback: a store that answers after the timeout writes into this,
        // not into a dead stack frame.
        auto answer = std::make_shared<std::optional<Result<QString>>>();
        QEventLoop loop;
        QPointer<QEventLoop> waiting(&loop);
        store.read(base, [answer, waiting](Result<QString> r) {
            *answer = std::move(r);
            if (waiting)
                waiting->quit();
        });
        if (!answer->has_value()) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!answer->has_value())
            found.warnings << QStringLiteral("the token store did not answer within %1 s for %2; searching it without a token")
                                  .arg(timeoutMs / 1000.0)
                                  .arg(base.toString());
        else if (!**answer)
            found.warnings << QStringLiteral("%1; searching %2 without a token").arg((*answer)->error().text(), base.toString());
        else if (!(**answer)->isEmpty())
            found.byBase.insert(base, ***answer);
    }
    return found;
}

} // namespace pm::archive
