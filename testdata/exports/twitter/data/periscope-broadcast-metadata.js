window.YTD.periscope_broadcast_metadata.part0 = [
  {
    "broadcast" : {
      "id" : "1OyKAYWqzXyxb",
      "hasLocation" : true,
      "latitude" : "51.5081",
      "longitude" : "-0.0759",
      "city" : "London",
      "country" : "United Kingdom",
      "createdAt" : "2022-06-01T18:00:00.000Z",
      "updatedAt" : "2022-06-01T18:45:00.000Z"
    }
  }
]
