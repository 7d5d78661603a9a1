// A static library needs one translation unit; the icons themselves are compiled in by
// qt_add_resources and registered automatically when the library is linked.
namespace vmi::resources {
int anchor()
{
    return 0;
}
} // namespace vmi::resources
