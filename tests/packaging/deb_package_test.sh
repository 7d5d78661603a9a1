#!/bin/sh
# Builds the .deb from this build tree with CPack, unpacks it into a scratch folder with
# dpkg-deb, and runs the unpacked programs. Qt and the other libraries come from the system,
# as they would for an installed package (LD_LIBRARY_PATH is left as it is).
#
#     deb_package_test.sh CPACK BUILD_DIR SCRATCH_DIR EXPECTED_VERSION APP_ID
set -eu
cpack=$1
build=$2
scratch=$3
version=$4
app_id=$5

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/unpacked"

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB failed"; }
set -- "$scratch"/out/*.deb
[ -f "$1" ] || fail "cpack made no .deb"
deb=$1
echo "package: $(basename "$deb")"

# The control data: name, version, and dependencies on the system's Qt and the run-time plugins.
dpkg-deb -f "$deb" Package Version Depends Recommends
[ "$(dpkg-deb -f "$deb" Package)" = "vmimport-wizard" ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6 qt6-qpa-plugins; do
    case "$depends" in
    *"$needed"*) ;;
    *) fail "Depends lacks $needed" ;;
    esac
done

dpkg-deb -x "$deb" "$scratch/unpacked"
for file in usr/bin/vmimport-wizard usr/bin/vmimport \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "usr/share/icons/hicolor/128x128/apps/$app_id.png" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    [ -e "$scratch/unpacked/$file" ] || fail "the package has no /$file"
done

# The unpacked programs run, without a display (--version needs none).
gui=$(env -u DISPLAY -u WAYLAND_DISPLAY "$scratch/unpacked/usr/bin/vmimport-wizard" --version)
echo "$gui"
[ "$gui" = "vmimport-wizard $version" ] || fail "vmimport-wizard --version said: $gui"
cli=$("$scratch/unpacked/usr/bin/vmimport" --version)
echo "$cli"
case "$cli" in
*"$version"*) ;;
*) fail "vmimport --version said: $cli" ;;
esac

# The installed binaries are stripped (CPACK_STRIP_FILES), so packages stay small.
if command -v file >/dev/null 2>&1; then
    file "$scratch/unpacked/usr/bin/vmimport-wizard" | grep -q ", stripped" || fail "vmimport-wizard is not stripped"
fi
echo "ok"
