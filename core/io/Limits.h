#pragma once

#include <QtGlobal>

namespace pm::limits {

// Bounds on what an import reads, so that a hostile or broken file cannot exhaust memory.
// Each refusal names the limit in its message.
inline constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024; // 64 MiB
inline constexpr int kMaxRows = 500'000;
inline constexpr int kMaxColumns = 256;
inline constexpr int kMaxCellChars = 64 * 1024; // 64 KiB per cell
inline constexpr qint64 kMaxXlsxUncompressedBytes = 256LL * 1024 * 1024;

} // namespace pm::limits
