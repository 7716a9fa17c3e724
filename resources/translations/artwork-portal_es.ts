<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: artwork-portal-cli VERB [options]

Verbs:
  validate       check names (and files) before they are delivered
  strip-xmp      remove XMP metadata bloat from JPEG/PNG files, pixels untouched
  make-samples   write a folder of sample artwork, some of it misnamed
  login          sign in to a portal and keep the token
  logout         sign out and forget the token
  upload         send files to a project, resumably
  status         a project's order: states, verdicts, what stops a delivery
  deliver        validate, upload and deliver files
  redeliver      upload and deliver again the fixed files of rejected assets

Run 'artwork-portal-cli VERB --help' for the options of a verb.
</source>
        <translation>Uso: artwork-portal-cli VERBO [opciones]

Verbos:
  validate       comprueba nombres (y archivos) antes de entregarlos
  strip-xmp      quita el exceso de metadatos XMP de archivos JPEG/PNG, sin tocar los píxeles
  make-samples   escribe una carpeta de material gráfico de ejemplo, parte mal nombrado
  login          inicia sesión en un portal y guarda el token
  logout         cierra la sesión y olvida el token
  upload         envía archivos a un proyecto, de forma reanudable
  status         el pedido de un proyecto: estados, veredictos, qué impide una entrega
  deliver        valida, sube y entrega archivos
  redeliver      sube y vuelve a entregar los archivos corregidos de recursos rechazados

Ejecuta 'artwork-portal-cli VERBO --help' para ver las opciones de un verbo.
</translation>
    </message>
    <message>
        <source>No verb given.</source>
        <translation>No se ha indicado ningún verbo.</translation>
    </message>
    <message>
        <source>Unknown verb "%1".</source>
        <translation>Verbo desconocido: «%1».</translation>
    </message>
</context>
<context>
    <name>FileCollector</name>
    <message>
        <source>This link points to %1, which does not exist.</source>
        <translation>Este enlace apunta a %1, que no existe.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>No existe ese archivo ni esa carpeta.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a socket or a pipe).</source>
        <translation>No es un archivo normal (es un dispositivo, un socket o una tubería).</translation>
    </message>
    <message>
        <source>This file cannot be read: permission denied.</source>
        <translation>No se puede leer este archivo: permiso denegado.</translation>
    </message>
    <message>
        <source>This folder cannot be read: permission denied.</source>
        <translation>No se puede leer esta carpeta: permiso denegado.</translation>
    </message>
    <message>
        <source>The name is not valid text (UTF-8); the portal cannot take it. Rename the file.</source>
        <translation>El nombre no es texto válido (UTF-8); el portal no puede aceptarlo. Cambia el nombre del archivo.</translation>
    </message>
</context>
<context>
    <name>MakeSamplesCommand</name>
    <message>
        <source>Usage: artwork-portal-cli make-samples DIR</source>
        <translation>Uso: artwork-portal-cli make-samples CARPETA</translation>
    </message>
    <message numerus="yes">
        <source>%n sample file(s) written.</source>
        <translation><numerusform>%n archivo de ejemplo escrito.</numerusform><numerusform>%n archivos de ejemplo escritos.</numerusform></translation>
    </message>
</context>
<context>
    <name>NameParser</name>
    <message>
        <source>The name has more than one "#"; exactly one must separate the free part from the request.</source>
        <translation>El nombre tiene más de un «#»; debe haber exactamente uno entre la parte libre y la solicitud.</translation>
    </message>
    <message>
        <source>remove the extra "#"</source>
        <translation>quita el «#» sobrante</translation>
    </message>
    <message>
        <source>write "_" instead of this "#"</source>
        <translation>escribe «_» en lugar de este «#»</translation>
    </message>
    <message>
        <source>The name has no "#" before the asset type.</source>
        <translation>Falta el «#» delante del tipo de asset.</translation>
    </message>
    <message>
        <source>write "#" instead of "_" before the type</source>
        <translation>escribe «#» en lugar de «_» delante del tipo</translation>
    </message>
    <message>
        <source>put "#" before the type</source>
        <translation>pon «#» delante del tipo</translation>
    </message>
    <message>
        <source>The name has no "#" and no asset type; copy the request's name from the order and add the extension.</source>
        <translation>El nombre no tiene «#» ni tipo de asset; copia el nombre de la solicitud del pedido y añade la extensión.</translation>
    </message>
    <message>
        <source>The name has two extensions (".%1" and another); keep only the real one.</source>
        <translation>El nombre tiene dos extensiones («.%1» y otra); deja solo la verdadera.</translation>
    </message>
    <message>
        <source>remove ".%1"</source>
        <translation>quita «.%1»</translation>
    </message>
    <message>
        <source>The part before "#" is empty; the title there helps everyone find the file.</source>
        <translation>La parte anterior a «#» está vacía; poner ahí el título ayuda a todos a encontrar el archivo.</translation>
    </message>
    <message>
        <source>Recommendation IDs joined by "|" belong at the very end of the free part, right before "#".</source>
        <translation>Los ID de recomendación unidos con «|» van al final de la parte libre, justo antes de «#».</translation>
    </message>
    <message>
        <source>"%1" looks like a recommendation ID.</source>
        <translation>«%1» parece un ID de recomendación.</translation>
    </message>
    <message>
        <source>An empty recommendation ID: "|" must stand between two IDs.</source>
        <translation>Un ID de recomendación vacío: «|» debe ir entre dos ID.</translation>
    </message>
    <message>
        <source>remove the extra "|"</source>
        <translation>quita el «|» sobrante</translation>
    </message>
    <message>
        <source>"%1" is not a recommendation ID: an ID has 10 letters or digits.</source>
        <translation>«%1» no es un ID de recomendación: un ID tiene 10 letras o cifras.</translation>
    </message>
    <message>
        <source>Nothing follows "#"; the request part (type, tone, sequence, language) is missing.</source>
        <translation>No hay nada detrás de «#»; falta la parte de la solicitud (tipo, tono, secuencia, idioma).</translation>
    </message>
    <message>
        <source>Two "_" in a row, or a "_" at an end of the request part.</source>
        <translation>Dos «_» seguidos, o un «_» en un extremo de la parte de la solicitud.</translation>
    </message>
    <message>
        <source>remove the extra "_"</source>
        <translation>quita el «_» sobrante</translation>
    </message>
    <message>
        <source>The asset type is written in lowercase: "%1".</source>
        <translation>El tipo de asset se escribe en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>The asset type is spelled "%1".</source>
        <translation>El tipo de asset se escribe «%1».</translation>
    </message>
    <message>
        <source>write "%1"</source>
        <translation>escribe «%1»</translation>
    </message>
    <message>
        <source>"%1" is not an asset type; did you mean "%2"?</source>
        <translation>«%1» no es un tipo de asset; ¿querías decir «%2»?</translation>
    </message>
    <message>
        <source>"%1" is not an asset type of the catalog.</source>
        <translation>«%1» no es un tipo de asset del catálogo.</translation>
    </message>
    <message>
        <source>"%1" is not a tone.</source>
        <translation>«%1» no es un tono.</translation>
    </message>
    <message>
        <source>"%1" is not a tone; "%2" takes "%3".</source>
        <translation>«%1» no es un tono; «%2» lleva «%3».</translation>
    </message>
    <message>
        <source>"%1" is not a tone; did you mean "%2"?</source>
        <translation>«%1» no es un tono; ¿querías decir «%2»?</translation>
    </message>
    <message>
        <source>"%1" has no place in the request part (type_tone[_direction]_sequence_language).</source>
        <translation>«%1» no tiene cabida en la parte de la solicitud (tipo_tono[_dirección]_secuencia_idioma).</translation>
    </message>
    <message>
        <source>remove "%1"</source>
        <translation>quita «%1»</translation>
    </message>
    <message>
        <source>The tone is missing; "%1" takes "%2".</source>
        <translation>Falta el tono; «%1» lleva «%2».</translation>
    </message>
    <message>
        <source>add "_%1" after the type</source>
        <translation>añade «_%1» detrás del tipo</translation>
    </message>
    <message>
        <source>The tone is missing: write light or dark after the type.</source>
        <translation>Falta el tono: escribe light o dark detrás del tipo.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>"%1" takes the tone %2, not "%3".</source>
        <translation>«%1» lleva el tono %2, no «%3».</translation>
    </message>
    <message>
        <source>The tone is written in lowercase: "%1".</source>
        <translation>El tono se escribe en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>"%1" needs its direction after the tone: ltr (left to right) or rtl (right to left).</source>
        <translation>«%1» necesita la dirección detrás del tono: ltr (de izquierda a derecha) o rtl (de derecha a izquierda).</translation>
    </message>
    <message>
        <source>Only billboards take a direction; "%1" does not.</source>
        <translation>Solo los billboards llevan dirección; «%1» no.</translation>
    </message>
    <message>
        <source>The direction is written in lowercase: "%1".</source>
        <translation>La dirección se escribe en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>The two-digit sequence number (01, 02, …) is missing.</source>
        <translation>Falta el número de secuencia de dos cifras (01, 02, …).</translation>
    </message>
    <message>
        <source>The sequence is exactly two digits, 00 to 99; "%1" is not.</source>
        <translation>La secuencia tiene exactamente dos cifras, de 00 a 99; «%1» no.</translation>
    </message>
    <message>
        <source>The language code is missing; "%1" has no language and ends with "zxx".</source>
        <translation>Falta el código de idioma; «%1» no tiene idioma y termina en «zxx».</translation>
    </message>
    <message>
        <source>add "_zxx" at the end</source>
        <translation>añade «_zxx» al final</translation>
    </message>
    <message>
        <source>The language code of the artwork is missing at the end, like es or pt-BR.</source>
        <translation>Falta al final el código de idioma del material, como es o pt-BR.</translation>
    </message>
    <message>
        <source>"%1" is not a language code: %2.</source>
        <translation>«%1» no es un código de idioma: %2.</translation>
    </message>
    <message>
        <source>"%1" is made for one language: end the name with its code, like es or pt-BR, not zxx.</source>
        <translation>«%1» se hace para un idioma: termina el nombre con su código, como es o pt-BR, no con zxx.</translation>
    </message>
    <message>
        <source>Write "zxx" in lowercase.</source>
        <translation>Escribe «zxx» en minúsculas.</translation>
    </message>
    <message>
        <source>write "zxx"</source>
        <translation>escribe «zxx»</translation>
    </message>
    <message>
        <source>"%1" has no language: it ends with "zxx", not "%2".</source>
        <translation>«%1» no tiene idioma: termina en «zxx», no en «%2».</translation>
    </message>
    <message>
        <source>Write the language code as "%1".</source>
        <translation>Escribe el código de idioma así: «%1».</translation>
    </message>
    <message>
        <source>The direction goes right after the tone: type_tone_direction_sequence_language.</source>
        <translation>La dirección va justo detrás del tono: tipo_tono_dirección_secuencia_idioma.</translation>
    </message>
    <message>
        <source>The parts after "#" are out of order; the order is type_tone[_direction]_sequence_language.</source>
        <translation>Las partes detrás de «#» están desordenadas; el orden es tipo_tono[_dirección]_secuencia_idioma.</translation>
    </message>
    <message>
        <source>The name has no extension; the portal takes .jpg, .png and source files (.psd, .psb, .ai, .aep).</source>
        <translation>El nombre no tiene extensión; el portal acepta .jpg, .png y archivos fuente (.psd, .psb, .ai, .aep).</translation>
    </message>
    <message>
        <source>".%1" is taken as ".%2".</source>
        <translation>«.%1» se toma como «.%2».</translation>
    </message>
    <message>
        <source>write ".%1"</source>
        <translation>escribe «.%1»</translation>
    </message>
    <message>
        <source>".%1" files cannot be delivered; the portal takes .jpg, .png and source files (.psd, .psb, .ai, .aep).</source>
        <translation>Los archivos «.%1» no se pueden entregar; el portal acepta .jpg, .png y archivos fuente (.psd, .psb, .ai, .aep).</translation>
    </message>
    <message>
        <source>"%1" is delivered as %2, because it needs transparency; export it again as %2.</source>
        <translation>«%1» se entrega como %2 porque necesita transparencia; vuelve a exportarlo como %2.</translation>
    </message>
    <message>
        <source>"%1" is delivered as %2; ".%3" is not one of them.</source>
        <translation>«%1» se entrega como %2; «.%3» no es uno de ellos.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The name is %1 bytes long; file systems allow at most %2.</source>
        <translation>El nombre ocupa %1 bytes; los sistemas de archivos admiten como mucho %2.</translation>
    </message>
    <message>
        <source>The name contains bytes that are not valid text (UTF-8); rename the file.</source>
        <translation>El nombre contiene bytes que no son texto válido (UTF-8); cambia el nombre del archivo.</translation>
    </message>
    <message>
        <source>The name contains a space; the portal refuses names with spaces.</source>
        <translation>El nombre contiene un espacio; el portal rechaza los nombres con espacios.</translation>
    </message>
    <message>
        <source>write "_" instead of the space</source>
        <translation>escribe «_» en lugar del espacio</translation>
    </message>
    <message>
        <source>remove the space</source>
        <translation>quita el espacio</translation>
    </message>
    <message>
        <source>The name contains an invisible control character.</source>
        <translation>El nombre contiene un carácter de control invisible.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>quítalo</translation>
    </message>
    <message>
        <source>"%1" is not allowed in file names.</source>
        <translation>«%1» no está permitido en los nombres de archivo.</translation>
    </message>
    <message>
        <source>The name ends with a dot.</source>
        <translation>El nombre termina en punto.</translation>
    </message>
    <message>
        <source>remove the trailing dot</source>
        <translation>quita el punto final</translation>
    </message>
    <message>
        <source>Windows reserves this name for a device; choose another name.</source>
        <translation>Windows reserva este nombre para un dispositivo; elige otro nombre.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>FAIL</source>
        <translation>MAL</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>BIEN</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>arreglo: %1</translation>
    </message>
    <message>
        <source>suggested name: %1</source>
        <translation>nombre sugerido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation><numerusform>%n archivo comprobado</numerusform><numerusform>%n archivos comprobados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation><numerusform>%n válido</numerusform><numerusform>%n válidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation><numerusform>%n con errores</numerusform><numerusform>%n con errores</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation><numerusform>%n con avisos</numerusform><numerusform>%n con avisos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or system file(s) skipped</source>
        <translation><numerusform>%n archivo oculto o de sistema omitido</numerusform><numerusform>%n archivos ocultos o de sistema omitidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-folder(s) not entered (use --recursive)</source>
        <translation><numerusform>%n subcarpeta sin recorrer (usa --recursive)</numerusform><numerusform>%n subcarpetas sin recorrer (usa --recursive)</numerusform></translation>
    </message>
</context>
<context>
    <name>SampleFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Checks delivery names (and files) before anything is sent.</source>
        <translation>Comprueba los nombres de entrega (y los archivos) antes de enviar nada.</translation>
    </message>
    <message>
        <source>Print a machine-readable JSON report.</source>
        <translation>Imprime un informe JSON para programas.</translation>
    </message>
    <message>
        <source>Enter sub-folders.</source>
        <translation>Recorre las subcarpetas.</translation>
    </message>
    <message>
        <source>Check names only; never open a file.</source>
        <translation>Comprueba solo los nombres; no abre ningún archivo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Files or folders to check.</source>
        <translation>Archivos o carpetas que comprobar.</translation>
    </message>
    <message>
        <source>Usage: artwork-portal-cli validate [--json] [--recursive] [--names-only] PATH...</source>
        <translation>Uso: artwork-portal-cli validate [--json] [--recursive] [--names-only] RUTA...</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>No se ha indicado ninguna ruta.</translation>
    </message>
</context>
</TS>