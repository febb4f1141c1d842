## Documentation. Man pages are hand-written roff, installed as they are.
## Add docs/*.md here (EXTRA_DIST) as they are written.

dist_man_MANS += %D%/man/stdtask-lua.1 %D%/man/stdtask.3
