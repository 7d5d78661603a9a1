# Sourced by scripts/run and scripts/test: installs the Debian packages the build and the
# tests need, when any is missing. apt-get runs as root, or through sudo for a normal user.

# What a fresh Debian 12 machine needs, all with --no-install-recommends.
VMI_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins qtkeychain-qt6-dev libqt6svg6
    libssl-dev
)
VMI_RUN_PACKAGES=(
    xvfb xauth fonts-dejavu-core fonts-droid-fallback
)
VMI_TEST_PACKAGES=(
    libsecret-1-0 dbus gnome-keyring
    qemu-utils dpkg-dev file
    # A certificate for the HTTPS upload test (openssl req).
    openssl
    # The packaging tests: the desktop entry's and the AppStream file's validators.
    desktop-file-utils appstream
    # The AWS CLI v2 that vmimport's AWS commands are compared with, byte for byte.
    awscli
    # CRC-32C for moto, so it checks multipart checksums the way S3 does.
    python3-crc32c
)
# Only scripts/fuzz needs these (clang and libFuzzer's runtime); CI does not fuzz.
VMI_FUZZ_PACKAGES=(
    clang-14 libclang-rt-14-dev
)

vmi_missing_packages() {
    local package missing=()
    for package in "$@"; do
        # dpkg-query prints "install ok installed" only for a fully installed package.
        if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$package")
        fi
    done
    # Nothing at all when nothing is missing: printf would print one empty line, read back as
    # one (empty) missing package.
    if [ "${#missing[@]}" -gt 0 ]; then
        printf '%s\n' "${missing[@]}"
    fi
}

vmi_ensure_packages() {
    local missing
    mapfile -t missing < <(vmi_missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: these packages are missing and I am not root (and there is no sudo):" >&2
            echo "  ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
