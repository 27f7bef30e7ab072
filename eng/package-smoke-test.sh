#!/usr/bin/env bash
# Packs src/Extractor into a temporary folder feed, checks what the packages hold, then builds a brand-new console
# project that references Extractor from that feed (dependencies from the public NuGet source) and nothing else of
# this repository, runs it on the seed page and checks the headline is printed.
# Usage: eng/package-smoke-test.sh [HTML_FILE [EXPECTED_HEADLINE]]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
page="${1:-$repo/tests/Extractor.Tests/Pages/seed-wordpress/source.html}"
expected="${2:-Biden administration quietly reaches out to North Korea}"
page="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"

work="$(mktemp -d "${TMPDIR:-/tmp}/extractor-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== pack (Release) into $feed"
dotnet pack "$repo/src/Extractor" -c Release -o "$feed" --nologo -v quiet

nupkg="$(find "$feed" -name 'Extractor.*.nupkg' ! -name '*.snupkg' | head -n 1)"
snupkg="$(find "$feed" -name 'Extractor.*.snupkg' | head -n 1)"
[[ -n "$nupkg" ]] || fail "no Extractor.*.nupkg produced"
[[ -n "$snupkg" ]] || fail "no Extractor.*.snupkg symbols package produced"
version="$(basename "$nupkg" .nupkg)"; version="${version#Extractor.}"
echo "   $(basename "$nupkg"), $(basename "$snupkg") (version $version)"

echo "== package contents"
files="$(unzip -Z1 "$nupkg")"
for f in README.md lib/net10.0/Extractor.dll lib/net10.0/Extractor.xml Extractor.nuspec; do
  grep -qx "$f" <<<"$files" || fail "$f missing from the package"
  echo "   has $f"
done
unzip -Z1 "$snupkg" | grep -qx 'lib/net10.0/Extractor.pdb' || fail "Extractor.pdb missing from the symbols package"
echo "   symbols package has lib/net10.0/Extractor.pdb"
# SourceLink maps the PDB's sources to the repository's raw files; it needs a git remote to know where they live.
if [[ -n "$(git -C "$repo" remote 2>/dev/null)" ]]; then
  unzip -p "$snupkg" lib/net10.0/Extractor.pdb | grep -aq '"documents"' || fail "no SourceLink map in Extractor.pdb"
  echo "   Extractor.pdb carries a SourceLink map: $(unzip -p "$snupkg" lib/net10.0/Extractor.pdb | grep -ao '"documents":{[^}]*}' | head -n 1)"
else
  echo "   note: this clone has no git remote, so the SourceLink map is empty (a clone of the public repository fills it)"
fi
nuspec="$(unzip -p "$nupkg" Extractor.nuspec)"
for tag in '<id>Extractor</id>' "<version>$version</version>" '<description>' '<license type="expression">' \
           '<readme>README.md</readme>' '<tags>' '<repository type="git"'; do
  grep -qF "$tag" <<<"$nuspec" || fail "nuspec lacks $tag"
  echo "   nuspec has $tag"
done

echo "== new console project referencing only the package"
app="$work/app"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Extractor" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat > "$app/SmokeApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Extractor" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using Extractor;

string html = File.ReadAllText(args[0]);
using var extractor = new ArticleExtractor();
Article article = extractor.Extract(html);
Console.WriteLine($"headline: {article.Headline}");
Console.WriteLine($"authors: {string.Join(", ", article.Authors)}");
Console.WriteLine($"published: {article.Published:O}");
Console.WriteLine($"paragraphs: {article.Paragraphs.Count}");
CS
# A private package folder, so a stale Extractor of the same version in the user's cache can never be picked up.
export NUGET_PACKAGES="$work/packages"
dotnet build "$app/SmokeApp.csproj" -c Release --nologo -v quiet

echo "== run on $page"
output="$(dotnet "$app/bin/Release/net10.0/SmokeApp.dll" "$page")"
echo "$output" | sed 's/^/   /'
grep -qxF "headline: $expected" <<<"$output" || fail "headline \"$expected\" not printed"
echo "PASS: the packed Extractor $version builds in a fresh project and extracts the page."
