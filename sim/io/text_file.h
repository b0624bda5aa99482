#pragma once
// Reading a user's file whole, and writing one so that a crash or a power cut
// never leaves it half-written: the new text goes to a temporary file in the
// same folder, is flushed to disk, and replaces the old file by rename.

#include <cstddef>
#include <optional>
#include <string>

#include "json/diagnostics.h"

namespace epd {

// The file's bytes, or nullopt with *error set ("No such file or directory").
// Files larger than max_bytes are refused rather than read.
std::optional<std::string> read_text_file(const std::string& path, std::string* error,
                                          std::size_t max_bytes = 64u * 1024u * 1024u);

// The same for a user's scenario, plan or save: when it cannot be read, the
// reason joins `problems` as "path:1:1: cannot read the file: ...".
std::optional<std::string> read_user_file(const std::string& path, json::Diagnostics& problems);

// Whether two paths name the same file, existing or not ("a/../x" and "x",
// a symlink and its target): what a program writes must never be what it reads.
bool same_path(const std::string& a, const std::string& b);

// Writes `text` to `path` atomically. False with *error set on failure; the
// previous file, if any, is then untouched.
bool write_file_atomic(const std::string& path, const std::string& text, std::string* error);

// The same for a file that must not exist yet (a save under a new name, an
// export): false with "PATH exists: choose another name" when it does, and
// that file is left as it is.
bool write_new_file_atomic(const std::string& path, const std::string& text, std::string* error);

// Removes the temporaries (NAME.tmp-XXXXXX) that a write killed midway left in
// `folder` (only NAME's when `name` is given), if older than a minute; every
// successful write does it for its own file, the console for its saves
// folder when it starts. Returns how many.
std::size_t remove_stale_temporaries(const std::string& folder, const std::string& name = "");

// An id (a scenario's, from a shared file) made into one safe part of a file
// name: letters (UTF-8 too), digits, '-', '_' and inner dots kept, anything else (a '/',
// a line break, a leading dot) made '-', so a file named by it stays in its folder.
std::string file_name_part(const std::string& id);

// Whether a file can be created at `path` (its folder exists and may be
// written): checked before long work whose result would be lost.
bool can_create_beside(const std::string& path, std::string* error);

}  // namespace epd
