#ifndef JIEFANG_CSYNCFS_H
#define JIEFANG_CSYNCFS_H

/// Linux's syncfs(2), which Swift's Glibc module does not export: flushes every written file
/// of the file system holding `fd` to disk, in one call instead of one fsync per file.
int jiefang_syncfs(int fd);

#endif
