#!/usr/bin/env python3
"""Lists the comments of a .docx with python-docx (a second reader for `annotate`'s output).

Prints one line per comment: id, author, the first line of its text. Exit 3 when python-docx
is not installed (the test that runs this is then skipped)."""
import sys

try:
    import docx
except ImportError:
    sys.exit(3)

document = docx.Document(sys.argv[1])
for comment in document.comments:
    first = comment.text.split("\n")[0]
    print(f"{comment.comment_id}\t{comment.author}\t{first}")
