#!/usr/bin/env pwsh
# The kata tool, as one command: .\kata [command] [options]   (.\kata --help lists the commands)
#
# Builds tools/MathForML.Kata into .kata/tool/ only when its sources changed (a content hash, not timestamps), then
# runs the built tool directly. The same as ./kata (bash) for Windows PowerShell 5.1 and PowerShell 7.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$tool = Join-Path $root '.kata/tool'
$binary = Join-Path $tool 'bin/kata.dll'

function Get-SourcesHash {
    $sources = @('global.json', 'Directory.Build.props', 'Directory.Packages.props') |
        ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path $_ }
    $sources += Get-ChildItem -Path (Join-Path $root 'tools/MathForML.Kata') -Recurse -File |
        Where-Object { $_.Extension -in '.cs', '.csproj', '.props', '.targets', '.json' -and $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } |
        ForEach-Object { $_.FullName }
    $names = [string[]]($sources | ForEach-Object { $_.Substring($root.Length + 1).Replace('\', '/') })
    [Array]::Sort($names, [StringComparer]::Ordinal)
    $list = ($names | ForEach-Object { "$((Get-FileHash -Algorithm SHA256 (Join-Path $root $_)).Hash.ToLowerInvariant())  $_" }) -join "`n"
    $sha = [Security.Cryptography.SHA256]::Create()
    $bytes = $sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($list + "`n"))
    ($bytes | ForEach-Object { $_.ToString('x2') }) -join ''
}

$hash = Get-SourcesHash
$stamp = Join-Path $tool 'sources.sha256'
$built = (Test-Path $stamp) -and ((Get-Content $stamp -Raw).Trim() -eq $hash)
if (-not (Test-Path $binary) -or -not $built) {
    New-Item -ItemType Directory -Force -Path $tool | Out-Null
    $ignore = Join-Path $root '.kata/.gitignore'
    if (-not (Test-Path $ignore)) {
        Set-Content -Path $ignore -Value "# Written by the kata tool: local progress and backups, never committed.`n*"
    }
    [Console]::Error.WriteLine('Building the kata tool (once, and again only when its sources change)...')
    $log = Join-Path $tool 'build.log'
    & dotnet build (Join-Path $root 'tools/MathForML.Kata/MathForML.Kata.csproj') -c Release -o (Join-Path $tool 'bin') -nologo -v q *> $log
    if ($LASTEXITCODE -ne 0) {
        Get-Content $log | ForEach-Object { [Console]::Error.WriteLine($_) }
        [Console]::Error.WriteLine('The kata tool did not build; the log above is also in .kata/tool/build.log.')
        exit 2
    }
    Set-Content -Path $stamp -Value $hash
}

if (-not $env:KATA_COMMAND) { $env:KATA_COMMAND = '.\kata' }
& dotnet $binary @args
exit $LASTEXITCODE
