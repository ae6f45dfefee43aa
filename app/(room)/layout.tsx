// The projector's screen: the whole window for the room, with no site header or footer. The
// page brings its own small bar (theme, full screen, the way back).
export default function RoomLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <main id="main" className="w-full flex-1 px-4 py-4 sm:px-8 sm:py-6 xl:px-12">
      {children}
    </main>
  );
}
