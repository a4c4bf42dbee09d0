; Inno Setup script for the Windows installer of TCCM Drafter (Inno Setup 6).
;
; Per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\TCCM Drafter, with a
; Start-menu entry, an optional desktop shortcut, .tccm and .tccmlib opening in the app, and an
; uninstaller (Settings > Apps, or the Start-menu folder).
;
; Build after PyInstaller has made dist\tccm-drafter (see packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\tccm-drafter.iss
; The installer is written to dist\TCCM-Drafter-<version>-setup.exe.
; This cannot be built or run on Linux; the CI workflow .github/workflows/installers.yml does.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "TCCM Drafter"
#define AppExe "tccm-drafter.exe"
#define Source "..\..\dist\tccm-drafter"

[Setup]
; A fixed AppId lets a newer installer replace an older install; never change it.
AppId={{D7A95BEE-FB7B-4B91-865E-2752F7F4E94E}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=TCCM Drafter contributors
AppCopyright=Copyright 2026 TCCM Drafter contributors
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=tccm-drafter.ico
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=TCCM-Drafter-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer that file associations changed, so icons and "Open with" update at once.
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File types, under HKEY_CURRENT_USER\Software\Classes (HKA = the current user in a per-user
; install). uninsdeletekey / uninsdeletevalue remove them again on uninstall.
Root: HKA; Subkey: "Software\Classes\.tccm"; ValueType: string; ValueName: ""; ValueData: "TCCMDrafter.Submission"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tccm"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-tccm-submission"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tccm\OpenWithProgids"; ValueType: string; ValueName: "TCCMDrafter.Submission"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\TCCMDrafter.Submission"; ValueType: string; ValueName: ""; ValueData: "TCCM Drafter submission"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\TCCMDrafter.Submission\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\TCCMDrafter.Submission\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.tccmlib"; ValueType: string; ValueName: ""; ValueData: "TCCMDrafter.LibraryBundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tccmlib"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-tccm-library-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tccmlib\OpenWithProgids"; ValueType: string; ValueName: "TCCMDrafter.LibraryBundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\TCCMDrafter.LibraryBundle"; ValueType: string; ValueName: ""; ValueData: "TCCM Drafter library bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\TCCMDrafter.LibraryBundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\TCCMDrafter.LibraryBundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

; "Open with" lists the app by name.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tccm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tccmlib"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
