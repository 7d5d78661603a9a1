// A static library needs one translation unit; the compiled .qm files are embedded by
// qt_add_translations and registered automatically wherever the library is linked.
namespace vmi::translations {
int anchor()
{
    return 0;
}
} // namespace vmi::translations
