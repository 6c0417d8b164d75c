; Parley's Windows setup: a per-user install that needs no administrator.
;
; make package builds it with makensis (Debian package nsis), passing what
; FyneApp.toml says and where the built program is:
;   makensis -DVERSION=x.y.z -DBUILD=n -DEXE=/abs/parley.exe -DOUTFILE=/abs/setup.exe
;            -DLICENSE_TXT=/abs/LICENSE.txt [-DSIGN=/abs/packaging/windows/sign.sh]
;            packaging/windows/parley.nsi
; LICENSE_TXT is the repository's LICENSE with Windows line ends, which the
; licence page needs.
; Relative paths below are relative to this file's folder.
; packaging/packaging_test.go checks the files named here and that the names
; agree with FyneApp.toml.
;
; Shows the MIT licence, installs to %LOCALAPPDATA%\Programs\Parley with
; LICENSE.txt and THIRD_PARTY.md beside parley.exe, adds a Start-menu shortcut,
; opens .parley project files with Parley (HKCU\Software\Classes) and
; registers the uninstaller in the user's Add/Remove Programs.
; Silent: setup.exe /S (optionally /D=C:\path, last); uninstall.exe /S.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma

!macro REQUIRE NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: pass -DVERSION=x.y.z -DBUILD=n -DEXE=parley.exe -DOUTFILE=setup.exe -DLICENSE_TXT=LICENSE.txt (make package does)"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE BUILD
!insertmacro REQUIRE EXE
!insertmacro REQUIRE OUTFILE
!insertmacro REQUIRE LICENSE_TXT

!define APP_NAME "Parley"
!define APP_ID "io.github.parley_app.parley"
!define APP_EXE "parley.exe"
!define APP_URL "https://github.com/parley-app/parley"
!define PUBLISHER "The Parley developers"
!define PROJECT_EXT ".parley"
!define PROJECT_PROGID "Parley.Project"
!define PROJECT_MIME "application/x-parley-project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "Software\${APP_NAME}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

; Version information of the setup program (Windows wants four numbers).
VIProductVersion "${VERSION}.${BUILD}"
VIFileVersion "${VERSION}.${BUILD}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}.${BUILD}"
VIAddVersionKey "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "Copyright (c) 2026 The Parley authors, MIT licence"

; Authenticode: sign.sh signs the uninstaller as it is made and the setup
; program once written, when make package was given a certificate.
!ifdef SIGN
  !uninstfinalize '"${SIGN}" "%1"' = 0
  !finalize '"${SIGN}" "%1"' = 0
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "parley.ico"
!define MUI_UNICON "parley.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"

; The licence needs no acceptance, so its page has Next, not I Agree.
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "Parley is free software under the MIT licence. The licences of the libraries and fonts inside it are in THIRD_PARTY.md in its folder."
!insertmacro MUI_PAGE_LICENSE "${LICENSE_TXT}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Parley" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=${APP_EXE}" "${EXE}"
  File "/oname=LICENSE.txt" "${LICENSE_TXT}"
  File "/oname=THIRD_PARTY.md" "..\..\docs\THIRD_PARTY.md"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_NAME}" "InstallDir" "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "Compare official statements by topic, wording and commitments"

  ; .parley project files open in Parley.
  WriteRegStr HKCU "Software\Classes\${PROJECT_EXT}" "" "${PROJECT_PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROJECT_EXT}" "Content Type" "${PROJECT_MIME}"
  WriteRegStr HKCU "Software\Classes\${PROJECT_EXT}\OpenWithProgids" "${PROJECT_PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROJECT_PROGID}" "" "${APP_NAME} project"
  WriteRegStr HKCU "Software\Classes\${PROJECT_PROGID}\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROJECT_PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" open "%1"'

  ; Add/Remove Programs, for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "${APP_URL}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; SHCNE_ASSOCCHANGED: Explorer picks up the new file type.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD_PARTY.md"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; The file type, only where it is still Parley's.
  ReadRegStr $0 HKCU "Software\Classes\${PROJECT_EXT}" ""
  StrCmp $0 "${PROJECT_PROGID}" 0 +2
    DeleteRegValue HKCU "Software\Classes\${PROJECT_EXT}" ""
  ReadRegStr $0 HKCU "Software\Classes\${PROJECT_EXT}" "Content Type"
  StrCmp $0 "${PROJECT_MIME}" 0 +2
    DeleteRegValue HKCU "Software\Classes\${PROJECT_EXT}" "Content Type"
  DeleteRegValue HKCU "Software\Classes\${PROJECT_EXT}\OpenWithProgids" "${PROJECT_PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${PROJECT_EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${PROJECT_EXT}"
  DeleteRegKey HKCU "Software\Classes\${PROJECT_PROGID}"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_NAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
