@echo off
rem Starts Koers on Windows: finds Java 21 or newer and runs the launcher with the given arguments.
rem The same as bin/koers on Linux and macOS, line for line where Windows allows it:
rem   koers                      the workbench          koers --help       the commands
rem   koers dossier.koers        open a dossier         koers --lang en    in English
rem   koers --log                where the log is (koers.log in %LOCALAPPDATA%\Koers\cache)
rem Environment: JAVA_HOME (a Java to prefer), KOERS_JAVA_OPTS (extra JVM options, e.g. -Dkoers.benchmark=true).
rem Exit code 4: no suitable Java.
rem No blocks in parentheses around paths: a folder such as "Program Files (x86)" would end them early.
setlocal EnableExtensions DisableDelayedExpansion

rem where the distribution is: the folder above bin\, in one form (the kept bundle cache records it)
for %%h in ("%~dp0..") do set "home=%%~fh"
set "launcher=%home%\lib\nl.koers.launcher.jar"

call :find_java 21
if errorlevel 1 goto no_java

rem A desktop tool that should open at once: the client compiler only and the serial collector (see bin/koers).
rem Headless AWT: the window is SWT, and PDFBox draws PNG exports with AWT, which must never look for a display.
rem Reflection through the JVM's native accessors: the first reflective call of a method otherwise makes classes that
rem no start-up cache keeps (see bin/koers).
set options=-Dkoers.home="%home%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Djdk.reflect.useNativeAccessorOnly=true
rem SWT loads its native libraries from a bundle class loader; JDK 24+ would warn about it on every start
if %KOERS_JAVA_FEATURE% GEQ 22 set options=%options% --enable-native-access=ALL-UNNAMED
rem the framework (Felix 7) still uses sun.misc.Unsafe; JDK 24+ would warn about it on every start
if %KOERS_JAVA_FEATURE% GEQ 23 set options=%options% --sun-misc-unsafe-memory-access=allow

rem KOERS_JAVA_OPTS comes later and can override the options above
"%KOERS_JAVA%" %options% %KOERS_JAVA_OPTS% -cp "%launcher%" nl.koers.launcher.Main %*
rem the batch file ends here, and with it setlocal: no endlocal needed to hand the code on
exit /b %ERRORLEVEL%

:no_java
>&2 echo koers: Koers needs Java 21 or newer; found: %KOERS_JAVA_SEEN%. Install e.g. Eclipse Temurin 21 from adoptium.net, or set JAVA_HOME. / Koers heeft Java 21 of nieuwer nodig: installeer bijvoorbeeld Eclipse Temurin 21 van adoptium.net, of zet JAVA_HOME.
exit /b 4


rem ---- find_java MINIMUM: the same order as find-java.sh ----
rem Looks at %JAVA_HOME%, then java on the PATH, then the usual folders (the newest version among them).
rem Sets KOERS_JAVA, KOERS_JAVA_HOME, KOERS_JAVA_VERSION, KOERS_JAVA_FEATURE; else errorlevel 1 and KOERS_JAVA_SEEN.
:find_java
set "minimum=%~1"
set "KOERS_JAVA_SEEN="
set "KOERS_JAVA="
if defined JAVA_HOME call :try_java_home "%JAVA_HOME%"
if defined KOERS_JAVA exit /b 0
for /f "delims=" %%j in ('where java.exe 2^>nul') do call :try_java_exe "%%~fj"
if defined KOERS_JAVA exit /b 0
set "best="
set "best_feature=0"
call :scan "%ProgramFiles%\Eclipse Adoptium" *
call :scan "%ProgramFiles%\Microsoft" jdk-*
call :scan "%ProgramFiles%\Zulu" *
call :scan "%ProgramFiles%\Java" *
call :scan "%ProgramFiles%\Amazon Corretto" *
call :scan "%ProgramFiles%\BellSoft" *
call :scan "%ProgramFiles%\OpenJDK" *
call :scan "%ProgramFiles%\Semeru" *
call :scan "%LOCALAPPDATA%\Programs\Eclipse Adoptium" *
if defined best call :try_java_home "%best%"
if defined KOERS_JAVA exit /b 0
if not defined KOERS_JAVA_SEEN set "KOERS_JAVA_SEEN=no Java at all"
exit /b 1

rem A java.exe on the PATH: its home is the folder above its bin\ (the first good one wins).
:try_java_exe
if defined KOERS_JAVA exit /b 0
for %%h in ("%~dp1..") do call :try_java_home "%%~fh"
exit /b 0

rem Takes the Java in folder %1 when it is version %minimum% or newer; otherwise notes it in KOERS_JAVA_SEEN.
:try_java_home
if not exist "%~1\bin\java.exe" exit /b 1
call :read_version "%~1"
if %feature% LSS %minimum% goto try_java_home_too_old
set "KOERS_JAVA_HOME=%~1"
set "KOERS_JAVA=%~1\bin\java.exe"
set "KOERS_JAVA_VERSION=%version%"
set "KOERS_JAVA_FEATURE=%feature%"
exit /b 0
:try_java_home_too_old
call :note_seen "%~1"
exit /b 1

rem The folders in %1 whose names match %2, each considered. From inside the folder, with a pattern without quotes:
rem a quoted pattern with a space before it is not read alike by every cmd (Wine's finds nothing).
:scan
if not exist "%~1\" exit /b 0
pushd "%~1"
for /d %%d in (%~2) do call :consider "%%~fd"
popd
exit /b 0

rem One of the usual folders: remembered when it is newer than the best so far.
:consider
if not exist "%~1\bin\java.exe" exit /b 0
call :read_version "%~1"
if %feature% LSS %minimum% goto consider_too_old
if %feature% LEQ %best_feature% exit /b 0
set "best=%~1"
set "best_feature=%feature%"
exit /b 0
:consider_too_old
call :note_seen "%~1"
exit /b 0

:note_seen
if not defined version set "version=unknown version"
if defined KOERS_JAVA_SEEN set "KOERS_JAVA_SEEN=%KOERS_JAVA_SEEN%, %version% in %~1"
if not defined KOERS_JAVA_SEEN set "KOERS_JAVA_SEEN=%version% in %~1"
exit /b 0

rem Sets version (e.g. 21.0.7) from the folder's release file, or by asking its java.exe when it has none,
rem and feature (21; 1.8.0_412 is 8; 0 when unknown).
:read_version
set "version="
if exist "%~1\release" for /f "usebackq tokens=1,* delims==" %%a in ("%~1\release") do if "%%a"=="JAVA_VERSION" set "version=%%~b"
if not defined version for /f "tokens=1-3" %%a in ('""%~1\bin\java.exe" -version 2^>^&1"') do if /i "%%b"=="version" set "version=%%~c"
set "feature=0"
set "minor=0"
if defined version for /f "tokens=1,2 delims=.-+_" %%m in ("%version%") do set "feature=%%m" & set "minor=%%n"
if "%feature%"=="1" set "feature=%minor%"
rem as a number: set /a reads a word as an unset variable, so anything but a number counts as 0
set /a "feature=feature+0" >nul 2>&1
exit /b 0
