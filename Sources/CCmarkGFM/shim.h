// The table extension lives in libcmark-gfm-extensions, which ships no pkg-config file,
// so both libraries are linked from the module map.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
