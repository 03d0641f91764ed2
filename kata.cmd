@echo off
setlocal
rem The kata tool, as one command: kata [command] [options]  (kata --help lists the commands).
rem Builds the tool only when its sources changed, then runs it: see kata.ps1, which does the work.
set "KATA_COMMAND=kata"
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0kata.ps1" %*
exit /b %ERRORLEVEL%
