@echo off
rem webex-wholesale: runs webex-wholesale-cli.jar (next to this script) as a short-lived tool,
rem like the POSIX launcher beside it (see its comments): a static AppCDS archive recorded from
rem StartupTraining when missing or stale (the jar or the java used changed), C1 only, the
rem serial GC; the jar's Main-Class by name, not -jar (which reads the jar's directory once more);
rem every argument (%*) and the exit code pass through.
rem Unlike the sh launcher it does not serve the recorded root usage: telling "exactly one
rem argument, --help" apart in cmd.exe means quoting the user's arguments in an if, where a
rem quoted & or | becomes a command, and cmd.exe cannot print a file from past its header
rem byte for byte; so --help starts the JVM here.
rem JAVA_HOME: the JDK to use (else java on PATH). WEBEX_WHOLESALE_JAVA_OPTS: extra JVM options.
setlocal
set "WW_DIR=%~dp0"
set "WW_JAR=%WW_DIR%webex-wholesale-cli.jar"
set "WW_JSA=%WW_DIR%webex-wholesale.jsa"
if exist "%WW_JAR%" goto found
echo webex-wholesale: %WW_JAR% is missing; build it with: mvn -B package 1>&2
exit /b 1
:found
set "WW_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "WW_JAVA=%JAVA_HOME%\bin\java.exe"
set "WW_LOGS=-Xlog:disable -Xlog:all=warning,cds*=off:stderr"
set "WW_CDS=-XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
set "WW_SHORT=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
for %%F in ("%WW_JAR%") do set "WW_WANT=%%~tF %%~zF %WW_JAVA%"
set "WW_HAVE="
rem A stamp without an archive: this jar and java could not make one; not tried again until either changes.
if exist "%WW_JSA%.stamp" set /p WW_HAVE=<"%WW_JSA%.stamp"
if not "%WW_HAVE%"=="%WW_WANT%" call :record
set "WW_SHARE="
if exist "%WW_JSA%" set "WW_SHARE=-XX:SharedArchiveFile=%WW_JSA%"
"%WW_JAVA%" %WW_LOGS% %WW_CDS% %WW_SHORT% -Xshare:auto %WW_SHARE% %WEBEX_WHOLESALE_JAVA_OPTS% -cp "%WW_JAR%" dev.webexwholesale.cli.WholesaleCli %*
exit /b %ERRORLEVEL%

:record
rem Into a temporary file moved into place: a concurrent launch never reads half an archive.
rem The stamp is written with a plain echo (it starts with the jar's date, never empty, "on" or
rem "off"); wine's cmd keeps the "(" of the echo( idiom.
set "WW_TMP=%WW_JSA%.%RANDOM%%RANDOM%.tmp"
"%WW_JAVA%" %WW_LOGS% %WW_CDS% %WW_SHORT% -XX:DumpLoadedClassList="%WW_TMP%.classes" %WEBEX_WHOLESALE_JAVA_OPTS% -cp "%WW_JAR%" dev.webexwholesale.cli.StartupTraining <nul >nul 2>&1
if errorlevel 1 goto unrecorded
"%WW_JAVA%" %WW_LOGS% %WW_CDS% %WW_SHORT% -Xshare:dump -XX:SharedClassListFile="%WW_TMP%.classes" -XX:SharedArchiveFile="%WW_TMP%" %WEBEX_WHOLESALE_JAVA_OPTS% -cp "%WW_JAR%" <nul >nul 2>&1
if errorlevel 1 goto unrecorded
if not exist "%WW_TMP%" goto unrecorded
>"%WW_TMP%.stamp" echo %WW_WANT%
move /y "%WW_TMP%" "%WW_JSA%" >nul 2>&1
move /y "%WW_TMP%.stamp" "%WW_JSA%.stamp" >nul 2>&1
goto recorded
:unrecorded
rem This jar and java cannot make one: run without it, and write the stamp so that the next
rem launches do not try again (as the sh launcher does).
if exist "%WW_JSA%" del /q "%WW_JSA%" >nul 2>&1
>"%WW_TMP%.stamp" echo %WW_WANT%
move /y "%WW_TMP%.stamp" "%WW_JSA%.stamp" >nul 2>&1
:recorded
if exist "%WW_TMP%" del /q "%WW_TMP%" >nul 2>&1
if exist "%WW_TMP%.stamp" del /q "%WW_TMP%.stamp" >nul 2>&1
if exist "%WW_TMP%.classes" del /q "%WW_TMP%.classes" >nul 2>&1
exit /b 0
