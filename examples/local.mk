## Examples: run by harness/run-examples.sh in 'make check' (each must exit 0
## under the host); the list is example_scripts in conformance/files.mk.

EXTRA_DIST += $(example_scripts)
