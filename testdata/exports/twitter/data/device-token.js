window.YTD.device_token.part0 = [
  {
    "deviceToken" : {
      "clientApplicationId" : "129032",
      "token" : "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA",
      "createdAt" : "2023-04-02T10:20:30.000Z",
      "lastSeenAt" : "2024-03-29T21:04:51.000Z",
      "clientApplicationName" : "Twitter for iPhone"
    }
  }
]
