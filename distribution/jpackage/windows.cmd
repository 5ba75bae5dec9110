@echo off
rem Builds Koers's Windows installer (.msi) with jpackage, on a firm's Windows build machine: jpackage makes
rem installers only for the system it runs on.
rem
rem   distribution\jpackage\windows.cmd [FOLDER]
rem
rem FOLDER is the Windows distribution: by default distribution\target\koers-windows-x86_64, made by
rem "mvn -DskipTests package" in the repository, or unpacked from koers-VERSION-windows-x86_64.zip.
rem Output: distribution\target\jpackage\Koers-VERSION.msi. It installs Koers.exe (the workbench, no console window)
rem and koers-cli.exe (the commands without a window, in a console), with a start menu entry, and carries its own
rem Java runtime (jlink, from %JAVA_HOME%: name that JDK in the release notes).
rem Needs: JAVA_HOME set to a JDK 21 or newer (with jpackage), and the WiX Toolset on the PATH: WiX 3 (candle.exe,
rem light.exe) for JDK 21-23; JDK 24 and newer also take WiX 4 or 5 (wix.exe).
rem The same options as linux.sh and macos.sh (common.sh says why each is there).
setlocal EnableExtensions DisableDelayedExpansion

for %%r in ("%~dp0..\..") do set "repo=%%~fr"
set "dist=%~1"
if not defined dist set "dist=%repo%\distribution\target\koers-windows-x86_64"
set "out=%repo%\distribution\target\jpackage"

if not defined JAVA_HOME goto no_jdk
if not exist "%JAVA_HOME%\bin\jpackage.exe" goto no_jdk
if not exist "%dist%\features\swt-windows-x86_64.json" goto no_dist
where candle.exe >nul 2>&1 || where wix.exe >nul 2>&1 || goto no_wix

rem jpackage wants a version of numbers only: 0.1.0-SNAPSHOT is 0.1.0 (read from the core feature's id)
set "version="
for /f "tokens=5 delims=:" %%v in ('findstr /c:"nl.koers.feature.core" "%dist%\features\core.json"') do set "version=%%v"
set version=%version:"=%
for /f "tokens=1 delims=-, " %%v in ("%version%") do set "version=%%v"

rem the options bin\koers.cmd gives for a newer Java, when the runtime is one
set "feature=0"
set "jv="
if exist "%JAVA_HOME%\release" for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_HOME%\release") do if "%%a"=="JAVA_VERSION" set "jv=%%~b"
if defined jv for /f "tokens=1 delims=." %%m in ("%jv%") do set "feature=%%m"
set "newer="
if %feature% GEQ 22 set newer=--java-options --enable-native-access=ALL-UNNAMED
if %feature% GEQ 23 set newer=%newer% --java-options --sun-misc-unsafe-memory-access=allow

rem only lib\ is the application (jpackage puts each jar of --input on the class path); the rest is app content
if exist "%out%" rmdir /s /q "%out%"
mkdir "%out%\input\lib"
copy /y "%dist%\lib\*.jar" "%out%\input\lib" >nul

"%JAVA_HOME%\bin\jpackage" --type msi --dest "%out%" --input "%out%\input" ^
  --name Koers --app-version %version% --vendor Koers ^
  --description "Werkbank voor samenwerkingsadviseurs / workbench for collaboration consultants" ^
  --main-jar lib\nl.koers.launcher.jar --main-class nl.koers.launcher.Main ^
  --app-content "%dist%\bundles,%dist%\features,%dist%\etc,%dist%\plugins" ^
  --java-options "-Dkoers.home=$APPDIR\.." ^
  --java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Djdk.reflect.useNativeAccessorOnly=true" ^
  %newer% ^
  --add-modules java.se,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.cryptoki ^
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands" ^
  --add-launcher "koers-cli=%~dp0windows-console.properties" ^
  --win-menu --win-menu-group Koers --win-shortcut --win-dir-chooser ^
  --win-upgrade-uuid 6f1f3c2e-5b7a-4d1e-9c64-0b6c1a6e4b21
set "code=%ERRORLEVEL%"
rmdir /s /q "%out%\input"
if not "%code%"=="0" endlocal & exit /b %code%
echo Made in %out% with the runtime of %JAVA_HOME%:
dir /b "%out%"
endlocal & exit /b 0

:no_jdk
>&2 echo windows.cmd: set JAVA_HOME to a JDK 21 or newer with jpackage (a JRE has none), e.g. Eclipse Temurin 21 from adoptium.net
endlocal & exit /b 4

:no_dist
>&2 echo windows.cmd: "%dist%" is not the Windows distribution (no features\swt-windows-x86_64.json); build it with mvn -DskipTests package
endlocal & exit /b 1

:no_wix
>&2 echo windows.cmd: the WiX Toolset is not on the PATH (candle.exe for WiX 3, wix.exe for WiX 4 or 5); jpackage needs it to make an .msi
endlocal & exit /b 1
